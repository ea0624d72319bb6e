using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Data;
using CraftMarket.Tenancy.Domain;
using CraftMarket.Tenancy.Features.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace CraftMarket.Tenancy.Features.Brand;

/// <summary>
/// An association admin uploads or removes its own logo (ADR 20); anyone fetches it by its
/// versioned URL. The tenant comes from the request, never from input.
/// </summary>
internal sealed class BrandLogo(ITenantContext current, TenantChanges changes, TenancyDb db)
{
    /// <summary>Bodies above this are cut off by the server; between it and the logo limit the caller gets a clear problem.</summary>
    public const long RequestLimit = 4 * 1024 * 1024;

    public async Task<Result<BrandInput>> UploadAsync(IFormFile? file, CancellationToken ct)
    {
        if (current.TenantId is not { } id || await changes.FindAsync(id.Value, ct) is not { } tenant) return Error.NotFound("association");
        if (file is null || file.Length == 0) return Error.Validation("logo", "Choose an image file for the logo.");
        if (file.Length > TenantLogo.MaxBytes)
            return Error.Validation("logo", $"The logo is {file.Length / 1024} KB; at most {TenantLogo.MaxBytes / 1024} KB.");
        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, ct);
        var valid = TenantLogo.Check(buffer.ToArray());
        if (valid.IsFailure) return valid.Error!;
        var (content, type, version) = valid.Value;

        if (await db.Logos.FindAsync([id], ct) is { } logo) logo.Replace(content, type, version, changes.Now);
        else db.Logos.Add(logo = TenantLogo.For(id, content, type, version, changes.Now));
        tenant.SetLogo(logo.Url, changes.Now);
        var committed = await changes.CommitAsync(tenant, created: false, ct);
        return committed.IsFailure ? committed.Error! : BrandInput.From(tenant.Brand);
    }

    public async Task<Result<BrandInput>> RemoveAsync(CancellationToken ct)
    {
        if (current.TenantId is not { } id || await changes.FindAsync(id.Value, ct) is not { } tenant) return Error.NotFound("association");
        if (await db.Logos.FindAsync([id], ct) is { } logo) db.Logos.Remove(logo);
        tenant.SetLogo(null, changes.Now);
        var committed = await changes.CommitAsync(tenant, created: false, ct);
        return committed.IsFailure ? committed.Error! : BrandInput.From(tenant.Brand);
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/association/brand/logo").WithTags("Association: brand")
            .RequireAuthorization(Policies.AssociationAdmin);
        // Bearer-only API (cookies never authenticate /api): no cross-site form to guard against.
        api.MapPost("/", async (IFormFile? logo, BrandLogo logos, CancellationToken ct) => (await logos.UploadAsync(logo, ct)).ToHttp())
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(RequestLimit))
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("UploadBrandLogo")
            .WithSummary("Upload the association's logo (multipart field \"logo\"): PNG, JPEG or WebP, read from the bytes, at most 512 KB.")
            .Produces<BrandInput>()
            .ProducesValidationProblem();
        api.MapDelete("/", async (BrandLogo logos, CancellationToken ct) => (await logos.RemoveAsync(ct)).ToHttp())
            .WithName("RemoveBrandLogo");

        // Public, like any image on a page: the landing page shows every village's logo on the platform host.
        app.MapGet("/logos/{tenant:guid}/{file}", async (Guid tenant, string file, ITenantDirectory directory, TenancyDb db, HttpContext http, CancellationToken ct) =>
            {
                if (directory.FindById(new TenantId(tenant)) is not { IsActive: true }) return NotFound();
                var version = Path.GetFileNameWithoutExtension(file);
                var logo = await db.Logos.AsNoTracking().FirstOrDefaultAsync(l => l.TenantId == new TenantId(tenant) && l.Version == version, ct);
                if (logo is null || logo.Url != $"/logos/{tenant:N}/{file}") return NotFound();
                // The version is the content's hash: a new logo gets a new URL, so this one never changes.
                http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                return TypedResults.File(logo.Content, logo.ContentType, entityTag: new EntityTagHeaderValue($"\"{logo.Version}\""),
                    lastModified: logo.UploadedAt);
            })
            .WithTags("Storefront")
            .WithName("BrandLogo")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such logo.");
}
