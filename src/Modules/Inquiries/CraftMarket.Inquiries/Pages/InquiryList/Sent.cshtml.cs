using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Features.InquiryList;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Pages.InquiryList;

/// <summary>
/// After sending: the inquiries made from one list, one per village, with their numbers and where
/// the buyer follows each. Only the buyer who sent them sees any (another's list id shows nothing).
/// </summary>
[Authorize(Policy = Policies.Buyer)]
internal sealed class SentModel(ITenantDirectory directory, VillageScopes villages, VillageLinks links) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "list")] public Guid? ListId { get; set; }
    [BindProperty(SupportsGet = true, Name = "v")] public List<string> Villages { get; set; } = [];

    public IReadOnlyList<(SentInquiry Inquiry, string Link)> Sent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (ListId is not { } list) return;
        var me = HttpContext.Actor().UserId;
        var found = new List<(SentInquiry, string)>();
        foreach (var slug in Villages.Distinct(StringComparer.OrdinalIgnoreCase).Take(BuyerList.MaxLines))
        {
            if (directory.FindBySlug(slug) is not { IsActive: true } village) continue;
            await using var scope = villages.Open(village.Id);
            if (scope is null) continue;
            var inquiry = await scope.Services.GetRequiredService<InquiriesDb>().Inquiries.AsNoTracking()
                .FirstOrDefaultAsync(i => i.ListId == list, ct);
            if (inquiry is null || inquiry.Buyer.UserId != me) continue;
            found.Add((new SentInquiry(inquiry.Id.Value, inquiry.Number, inquiry.Status, village.Slug, village.BrandName, false),
                $"{links.SiteOf(village, HttpContext)}/account/inquiries/{inquiry.Id}"));
        }
        Sent = found;
    }
}
