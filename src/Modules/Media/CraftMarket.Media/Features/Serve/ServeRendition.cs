using CraftMarket.Media.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Storage;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using CraftMarket.Identity.Contracts;

namespace CraftMarket.Media.Features.Serve;

/// <summary>
/// GET /media/{photo}/{tag}/{edge}.{ext}. Public photos (ready, product published) are cached
/// forever: the tag changes with the content. A producer or staff member sees their unpublished
/// product's photos uncached. Anything else, and every original, is 404: not even its existence leaks.
/// </summary>
internal static class ServeRendition
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(RenditionUrls.Prefix + "/{photoId:guid}/{tag}/{name}", Serve).ExcludeFromDescription();

    private static async Task<IResult> Serve(Guid photoId, string tag, string name, HttpContext http, MediaDb db, ITenantContext tenant,
        PhotoAccess access, IBlobStore blobs, ITenantDirectory tenants, CancellationToken ct)
    {
        if (Parse(name) is not var (edge, format)) return Results.NotFound();
        var id = new PhotoId(photoId);
        var photo = tenant.HasTenant
            ? await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.State == PhotoState.Ready, ct)
            : await PublicPhotosCrossTenant.FindAsync(db, tenants, id, ct);
        if (photo is null || photo.ContentTag != tag || photo.RenditionSizes().All(s => s.Edge != edge)) return Results.NotFound();

        var isPublic = !tenant.HasTenant || await db.Visibility.AnyAsync(v => v.ProductId == photo.ProductId && v.IsPublic, ct);
        if (!isPublic && !await MayPreviewAsync(photo, await ActorOf(http, tenant), access, ct)) return Results.NotFound();

        var etag = new EntityTagHeaderValue($"\"{tag}-{edge}{format}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = isPublic
            ? new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365), Extensions = { new NameValueHeaderValue("immutable") } }
            : new CacheControlHeaderValue { Private = true, NoStore = true };
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(m => m.Compare(etag, useStrongComparison: false)))
            return Results.StatusCode(StatusCodes.Status304NotModified);

        var blob = await blobs.OpenReadAsync(BlobKeys.Rendition(photo.Sha256, photo.Recipe, edge, format), ct);
        if (blob is null) return Results.NotFound();
        http.Response.ContentLength = blob.Length;
        return Results.Stream(blob.Stream, RenditionRecipe.MimeType(format));
    }

    /// <summary>Pages send the cookie; apps send their bearer token, which this non-/api path does not read by default.</summary>
    private static async Task<CurrentActor> ActorOf(HttpContext http, ITenantContext tenant)
    {
        if (http.User.Identity?.IsAuthenticated == true || http.Request.Headers.Authorization.Count == 0) return http.Actor();
        var bearer = await http.AuthenticateAsync(IdentityConstants.BearerScheme);
        return bearer.Succeeded ? CurrentActor.From(bearer.Principal, tenant.TenantId) : http.Actor();
    }

    private static async Task<bool> MayPreviewAsync(Photo photo, CurrentActor who, PhotoAccess access, CancellationToken ct) =>
        who.IsSignedIn && (await access.ForAsync(photo.ProductId, who, ct)).IsSuccess;

    private static (int Edge, RenditionFormat Format)? Parse(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !int.TryParse(name.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var edge))
            return null;
        return RenditionRecipe.FromExtension(name[(dot + 1)..]) is { } format ? (edge, format) : null;
    }
}
