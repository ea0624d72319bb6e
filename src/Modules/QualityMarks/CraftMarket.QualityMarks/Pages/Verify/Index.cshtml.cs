using CraftMarket.QualityMarks.Features.Verification;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Pages.Verify;

/// <summary>
/// /verify/{code} (a label's QR code opens it; QR URLs are upper case, routes are not) and /verify
/// with a form to type the short code (a GET, so it works without JavaScript: /verify?code=...).
/// One light page with no script at all, in the reader's language; never kept (each scan is logged
/// and a revocation counts at once) and never indexed. Any association's code is answered on any
/// host: another village's item is shown under that village's name, linked to its own site (ADR 0042).
/// </summary>
[EnableRateLimiting(VerifyRateLimit.Policy)]
internal sealed class IndexModel(CodeResolution resolution, VillageSites sites, ITenantContext tenant) : PageModel
{
    public string? Code { get; private set; }
    public Verification? Answer { get; private set; }

    /// <summary>The issuing village's site (links; its photo and mark image are served there).</summary>
    public string? VillageSite { get; private set; }

    /// <summary>Images are same-origin only (CSP img-src 'self'): the photo is shown where this host serves it (the issuing village's host, the platform host).</summary>
    public bool ShowsPhoto { get; private set; }

    public async Task OnGetAsync(string? code, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        Code = string.IsNullOrWhiteSpace(code) ? Request.Query["code"].ToString() : code;
        if (string.IsNullOrWhiteSpace(Code)) return;
        if (Code.Length > CodeResolution.MaxCodeLength) Code = Code[..CodeResolution.MaxCodeLength];
        Answer = await resolution.VerifyAsync(Code, HttpContext, ct);
        if (Answer.Item is { } item)
        {
            VillageSite = sites.Of(item.Village, HttpContext, item.IssuedHere);
            // The platform host serves every village's public photos; another village's host does not.
            ShowsPhoto = item.IssuedHere || !tenant.HasTenant;
        }
    }

    public string VillageName => Answer?.Item is { } item ? VerifyEndpoint.VillageName(item) : "";
}
