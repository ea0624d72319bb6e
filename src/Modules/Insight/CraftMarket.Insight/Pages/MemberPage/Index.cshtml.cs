using CraftMarket.Identity.Contracts;
using CraftMarket.Insight.Features.MemberPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Insight.Pages.MemberPage;

/// <summary>
/// "Hội và tôi": a household's last 12 months on its phone, in Vietnamese, without script: work
/// received, earned, paid and defects found, each beside the village average per member who had work,
/// with a plain sentence saying what it means. Only the household's own figures and averages.
/// </summary>
[Authorize(Policy = Policies.Producer)]
internal sealed class IndexModel(MemberInsightReads reads) : PageModel
{
    public MemberInsight Insight { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (!HttpContext.Actor().IsProducerFor(out var member)) return Forbid();
        Insight = await reads.ForMemberAsync(member.Value, ct);
        return Page();
    }
}
