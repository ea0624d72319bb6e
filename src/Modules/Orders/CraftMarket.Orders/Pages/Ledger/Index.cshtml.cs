using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Features.Ledger;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Pages.Ledger;

/// <summary>Who the association owes money, largest first, with a payout form per household (export desk and admin).</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(LedgerBalances balances, RecordPayout payouts, IMemberDirectory members, OrdersDb db, ModuleText<OrdersText> t) : PageModel
{
    public sealed record OwedRow(Guid MemberId, string Name, long OwedDong, long PayableNowDong);

    public sealed class PayoutForm
    {
        public Guid MemberId { get; set; }
        public long? AmountDong { get; set; }
        public string? Method { get; set; }
        public string? Reference { get; set; }
        public DateOnly? PaidOn { get; set; }
    }

    [BindProperty] public PayoutForm Form { get; set; } = new();
    public IReadOnlyList<OwedRow> Owed { get; private set; } = [];
    public string? Paid { get; private set; }
    public PayoutTiming Timing { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? paid, CancellationToken ct)
    {
        if (!HttpContext.Actor().IsLedgerDesk()) return Forbid();
        Response.Headers.CacheControl = "private, no-store";
        await LoadAsync(ct);
        if (paid is { } p) Paid = (await members.FindAsync(new MemberId(p), ct))?.DisplayName;
        return Page();
    }

    public async Task<IActionResult> OnPostPayAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsLedgerDesk()) return Forbid();
        Response.Headers.CacheControl = "private, no-store";
        var (payout, refusal) = await payouts.TryPayAsync(new MemberId(Form.MemberId),
            new PayoutRequest(Form.AmountDong, Form.Method, Form.Reference, Form.PaidOn), actor, ct);
        if (payout is not null) return Redirect($"~/admin/ledger?paid={Form.MemberId}");
        var error = refusal!.Error;
        var name = (await members.FindAsync(new MemberId(Form.MemberId), ct))?.DisplayName ?? "";
        var detail = error.Fields is { Count: > 0 } fields ? string.Join(" ", fields.Values.SelectMany(m => m).Select(m => t[m])) : t[ErrorText(error)];
        Problem = $"{name}: {detail}";
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Refusals are translated as a kind, the amounts shown beside them.</summary>
    private static string ErrorText(SharedKernel.Results.Error error) => error.Code switch
    {
        "payout.above-owed" => "The payout is more than the household is owed.",
        "payout.balance-unpaid" => "Only what the household earned on orders whose balance is paid may be paid now.",
        "payout.concurrent" => "Another payout to this household was recorded at the same moment; check what is still owed and try again.",
        _ => error.Message,
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? OrderSettings.Defaults(db.Tenant);
        Timing = settings.PayoutTiming;
        var names = (await members.ListAsync(ct)).ToDictionary(m => m.Id, m => m.DisplayName);
        var rows = new List<OwedRow>();
        foreach (var (member, owed) in await balances.OwedAsync(ct))
        {
            var figures = await balances.MemberAsync(member, ct);
            var payable = PayoutRule.PayableNow(Timing, figures, Timing == PayoutTiming.AfterBalance ? await balances.EarnedOnSettledOrdersAsync(member, ct) : 0);
            rows.Add(new OwedRow(member.Value, names.GetValueOrDefault(member, member.Value.ToString()), owed, payable));
        }
        Owed = rows;
    }
}
