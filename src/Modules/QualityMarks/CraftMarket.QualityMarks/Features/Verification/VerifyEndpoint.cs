using System.Text.Json.Serialization;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>
/// GET /api/verify/{code}: anonymous, on every village host and the platform host, for any
/// association's code. Texts in the request's language. A code that is not genuine gets
/// <c>{"status":"not-genuine"}</c> and nothing else, whatever the cause.
/// </summary>
internal static class VerifyEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/verify/{code}", Verify)
            .WithTags("Quality marks")
            .WithName("VerifyItemCode")
            .WithSummary("Verify a label's code (the QR token or the printed short code): genuine, not-genuine, revoked, certificate-expired, certificate-suspended, certificate-revoked or suspicious.")
            .AllowAnonymous()
            .RequireRateLimiting(VerifyRateLimit.Policy);

    private static async Task<Results<Ok<VerifiedAnswer>, Ok<NotGenuineAnswer>>> Verify(string code, HttpContext http, CodeResolution resolution,
        VillageSites sites, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        var answer = await resolution.VerifyAsync(code, http, ct);
        if (answer.Item is not { } item) return TypedResults.Ok(new NotGenuineAnswer(VerifyStatus.NotGenuine));
        var site = sites.Of(item.Village, http, item.IssuedHere);
        return TypedResults.Ok(new VerifiedAnswer(
            answer.Status,
            new ProductAnswer(item.ProductName?.Text, item.Photo is { } photo ? site + photo.FallbackUrl : null),
            new VillageAnswer(VillageName(item), site + "/"),
            item.MakerName is { } maker ? new MakerAnswer(maker) : null,
            new MarkAnswer(item.MarkName.Text, item.MarkHasImage ? $"{site}/quality/schemes/{item.Scheme}/image" : null),
            new CertificateAnswer(item.CertificateNumber, item.ValidFrom, item.ValidUntil, item.CertificateStatus),
            new BatchAnswer(item.IssuedOn),
            item.FirstSeen));
    }

    /// <summary>Vietnamese readers get the village's Vietnamese name, everyone else its English one.</summary>
    public static string VillageName(VerifiedItem item) => Ui.Language == "vi" ? item.Village.NameVi : item.Village.NameEn;
}

internal sealed record NotGenuineAnswer(string Status);

internal sealed record VerifiedAnswer(
    string Status,
    ProductAnswer Product,
    VillageAnswer Village,
    MakerAnswer? Maker,
    MarkAnswer Mark,
    CertificateAnswer Certificate,
    BatchAnswer Batch,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? FirstSeen);

internal sealed record ProductAnswer(string? Name, string? PhotoUrl);
internal sealed record VillageAnswer(string Name, string Url);
internal sealed record MakerAnswer(string Name);
internal sealed record MarkAnswer(string Name, string? ImageUrl);

/// <summary><see cref="Status"/>: valid, expired, suspended or revoked.</summary>
internal sealed record CertificateAnswer(string Number, DateOnly ValidFrom, DateOnly ValidUntil, string Status);
internal sealed record BatchAnswer(DateOnly IssuedOn);
