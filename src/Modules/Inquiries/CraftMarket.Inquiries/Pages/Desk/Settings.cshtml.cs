using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Desk;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Desk;

/// <summary>The association's trade settings, for its admin and export desk: each wrong value is shown next to its input.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class SettingsModel(TradeSettingsEditor editor, ModuleText<InquiriesText> t) : PageModel
{
    /// <summary>The form as typed; percentages for people, basis points for the API.</summary>
    public sealed class SettingsForm
    {
        public decimal? DepositPercent { get; set; }
        public string? BalanceTerms { get; set; }
        public decimal? ShareCapPercent { get; set; }
        public int? OfferHours { get; set; }
        public int? QuoteValidityDays { get; set; }
        public string? QuoteCurrency { get; set; }
        public string? SellerKind { get; set; }
        public string? SellerName { get; set; }
        public Guid? LeadFirm { get; set; }
        public string? NumberPrefix { get; set; }
    }

    [BindProperty] public SettingsForm Form { get; set; } = new();
    public SettingsDto Current { get; private set; } = null!;
    public IReadOnlyList<LeadFirmChoice> LeadFirms { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        if (!HttpContext.Actor().IsDesk()) return Forbid();
        await LoadAsync(ct);
        Saved = saved;
        var c = Current;
        Form = new SettingsForm
        {
            DepositPercent = c.DepositBasisPoints / 100m, BalanceTerms = c.BalanceTerms, ShareCapPercent = c.ShareCapBasisPoints / 100m,
            OfferHours = c.OfferHours, QuoteValidityDays = c.QuoteValidityDays, QuoteCurrency = c.QuoteCurrency, SellerKind = c.SellerKind.ToString(),
            SellerName = c.SellerName, LeadFirm = c.LeadFirm, NumberPrefix = c.NumberPrefix,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!HttpContext.Actor().IsDesk()) return Forbid();
        var f = Form;
        var result = await editor.UpdateAsync(new SettingsInput(
            BasisPoints(f.DepositPercent), f.BalanceTerms, BasisPoints(f.ShareCapPercent), f.OfferHours, f.QuoteValidityDays, f.QuoteCurrency,
            f.SellerKind, f.SellerName, f.LeadFirm, f.NumberPrefix, null), ct);
        if (result.IsSuccess) return Redirect("~/admin/inquiries/settings?saved=true");
        await LoadAsync(ct);
        ModelState.Clear();
        var error = result.Error!;
        ModelState.AddErrors(error with
        {
            Message = t[error.Message],
            Fields = error.Fields?.ToDictionary(e => e.Key, e => e.Value.Select(m => t[m]).ToArray(), StringComparer.Ordinal),
        }, nameof(Form), field => field switch
        {
            "depositBasisPoints" => nameof(SettingsForm.DepositPercent),
            "shareCapBasisPoints" => nameof(SettingsForm.ShareCapPercent),
            _ => FormErrors.InputOf(field),
        });
        return Page();
    }

    /// <summary>30 (%) → 3000; a fraction of a basis point is rounded away, a value the form's own bounds refuse stays out of range.</summary>
    private static int? BasisPoints(decimal? percent) =>
        percent is { } p ? (int)Math.Round(Math.Clamp(p, -1_000_000m, 1_000_000m) * 100m, MidpointRounding.AwayFromZero) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await editor.GetAsync(ct);
        LeadFirms = await editor.LeadFirmsAsync(ct);
    }
}
