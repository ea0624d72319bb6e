using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Pages.Buyers;

/// <summary>
/// Where Stripe sends the buyer back after its hosted checkout (paid or not): what became of this card
/// payment, in the buyer's language. It only reads: the money is counted by Stripe's signed webhook,
/// never by a page a browser can open (ADR 0055), so "processing" is shown until the webhook came.
/// Another buyer's order or payment is "not found".
/// </summary>
[Authorize(Policy = Policies.Buyer)]
internal sealed class CardReturnModel(OrdersDb db) : PageModel
{
    public Order Order { get; private set; } = null!;
    public Payment Payment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? payment, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        var userId = HttpContext.Actor().UserId;
        var orderId = new OrderId(id);
        if (payment is not { } paymentGuid
            || await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId && o.Buyer.UserId == userId, ct) is not { } order)
            return NotFound();
        var paymentId = new PaymentId(paymentGuid);
        if (await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId && p.OrderId == orderId && p.Method == PaymentMethod.Card, ct)
            is not { } found)
            return NotFound();
        Order = order;
        Payment = found;
        return Page();
    }
}
