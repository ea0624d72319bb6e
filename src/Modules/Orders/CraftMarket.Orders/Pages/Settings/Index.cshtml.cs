using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Features.BankTransfer;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Settings;

/// <summary>
/// The association's order settings: the desk reads them, the admin changes them; each wrong value is
/// shown next to its input. The deposit share is not here: it is a trade setting of the quote
/// (/admin/inquiries/settings), because the buyer agrees to it there.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class OrderSettingsModel(OrderSettingsEditor editor, ModuleText<OrdersText> t) : PageModel
{
    /// <summary>The form as typed: the fee in percent for people, basis points for the API; defect types one per line.</summary>
    public sealed class SettingsForm
    {
        public string? BankName { get; set; }
        public string? BankAccountName { get; set; }
        public string? BankAccountNumber { get; set; }
        public string? BankSwift { get; set; }
        public string? BankAddress { get; set; }
        public string? Aql { get; set; }
        public string? DefectTypes { get; set; }
        public decimal? FeePercent { get; set; }
        public long? FeeFixedDong { get; set; }
        public string? PayoutTiming { get; set; }
        public string? SurplusPolicy { get; set; }
        public int Revision { get; set; }
    }

    [BindProperty] public SettingsForm Form { get; set; } = new();
    public OrderSettingsDto Current { get; private set; } = null!;
    public bool Saved { get; private set; }
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsMoneyDesk()) return Forbid();
        MayEdit = actor.IsAssociationAdmin;
        Current = await editor.GetAsync(ct);
        Saved = saved;
        var c = Current;
        Form = new SettingsForm
        {
            BankName = c.BankName, BankAccountName = c.BankAccountName, BankAccountNumber = c.BankAccountNumber, BankSwift = c.BankSwift,
            BankAddress = c.BankAddress, Aql = c.Aql, DefectTypes = string.Join('\n', c.DefectTypes), FeePercent = c.FeeBasisPoints / 100m,
            FeeFixedDong = c.FeeFixedDong, PayoutTiming = c.PayoutTiming, SurplusPolicy = c.SurplusPolicy, Revision = c.Revision,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsAssociationAdmin) return Forbid();
        MayEdit = true;
        var f = Form;
        var defects = (f.DefectTypes ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList<string?>();
        var result = await editor.UpdateAsync(new OrderSettingsInput(f.BankName, f.BankAccountName, f.BankAccountNumber, f.BankSwift, f.BankAddress, f.Aql,
            defects, BasisPoints(f.FeePercent), f.FeeFixedDong, f.PayoutTiming, f.SurplusPolicy, f.Revision), ct);
        if (result.IsSuccess) return Redirect("~/admin/orders/settings?saved=true");
        Current = await editor.GetAsync(ct);
        ModelState.Clear();
        var error = result.Error!;
        ModelState.AddErrors(error with
        {
            Message = t[error.Message],
            Fields = error.Fields?.ToDictionary(e => e.Key, e => e.Value.Select(m => t[m]).ToArray(), StringComparer.Ordinal),
        }, nameof(Form), field => field == "feeBasisPoints" ? nameof(SettingsForm.FeePercent) : FormErrors.InputOf(field));
        return Page();
    }

    /// <summary>3 (%) → 300; a value the form's own bounds refuse stays out of range.</summary>
    private static int? BasisPoints(decimal? percent) =>
        percent is { } p ? (int)Math.Round(Math.Clamp(p, -1_000_000m, 1_000_000m) * 100m, MidpointRounding.AwayFromZero) : null;
}
