using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Features.Buyers;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Buyers;

/// <summary>
/// One of the buyer's orders: where it stands (as steps), what is due now and how to pay it (card when
/// the association offers it, bank transfer with the order number as the reference), the lines, the
/// terms, the documents and the timeline the buyer may read. Another buyer's order, or another
/// association's, is "not found"; staff and households are refused by the policy.
/// </summary>
[Authorize(Policy = Policies.Buyer)]
internal sealed class MyOrderModel(BuyerOrderReads reads, ICardPayments cards, ModuleText<OrdersText> t) : PageModel
{
    public BuyerOrderView View { get; private set; } = null!;
    public bool CardAvailable => cards.IsAvailable;
    public string? CardRefused { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await Load(id, ct) ? Page() : NotFound();

    /// <summary>Opens a card checkout for what is due now (worked out here, never taken from the form) and sends the buyer to it.</summary>
    public async Task<IActionResult> OnPostCardAsync(Guid id, CancellationToken ct)
    {
        if (await reads.FindAsync(new OrderId(id), HttpContext.Actor(), tracked: true, ct) is not { } order) return NotFound();
        var refusal = cards.IsAvailable
            ? t["There is nothing to pay by card on this order now."]
            : t["This association does not take card payments here. Pay by bank transfer."];
        if (cards.IsAvailable && BuyerDue.Now(order) is { } due)
        {
            var started = await cards.StartCheckoutAsync(order, due.Purpose, ReturnBase(), ct);
            if (started is { IsSuccess: true, Value: { } url }) return Redirect(url.AbsoluteUri);
            refusal = started.Error?.Message ?? refusal;
        }
        if (!await Load(id, ct)) return NotFound();
        CardRefused = refusal;
        return Page();
    }

    /// <summary>The site and language the buyer is on (the Stripe part appends its return page to it).</summary>
    // Trailing slash: the return path is resolved against it, so the language and /v/{slug} prefixes stay.
    private Uri ReturnBase() => Features.Stripe.StripeEndpoints.ReturnBase(HttpContext);

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (await reads.DetailAsync(new OrderId(id), HttpContext.Actor(), ct) is not { } view) return false;
        View = view;
        return true;
    }
}
