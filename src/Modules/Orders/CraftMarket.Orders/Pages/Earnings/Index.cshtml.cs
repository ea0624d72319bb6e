using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Features.Ledger;
using CraftMarket.SharedKernel.Monetary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Earnings;

/// <summary>
/// A household's earnings on its phone, in Vietnamese, without script: each work order with the pieces
/// accepted, what it earned, and what the buyer pays per piece (households rarely learn the final
/// price); then earned, paid and still owed, and the payouts received.
/// </summary>
[Authorize(Policy = Policies.Producer)]
internal sealed class IndexModel(MemberLedgerReads reads) : PageModel
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public MemberLedgerDto Ledger { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        var actor = HttpContext.Actor();
        if (!actor.IsProducerFor(out var member)) return Forbid();
        var ledger = await reads.ReadAsync(member, actor, ct);
        if (ledger.IsFailure) return NotFound();
        Ledger = ledger.Value!;
        return Page();
    }

    public static string Dong(long dong) => new Money(dong, Currency.VND).Format(Vietnamese);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Method(string method) => method switch
    {
        "Cash" => "Tiền mặt",
        "MobileWallet" => "Ví điện tử",
        _ => "Chuyển khoản",
    };

    public static string State(string state) => state switch
    {
        "Assigned" => "Chưa bắt đầu",
        "Started" => "Đang làm",
        "ReadyForInspection" => "Chờ kiểm hàng",
        "Rework" => "Cần sửa lại",
        "Inspected" => "Đã kiểm hàng",
        "Cancelled" => "Đã hủy",
        _ => state,
    };
}
