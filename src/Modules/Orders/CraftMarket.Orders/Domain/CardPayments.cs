using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// Card payment, as the buyer's pages need it: offered only when configured (the site runs without
/// Stripe, ADR 0055). The Stripe part replaces <see cref="NoCardPayments"/> when its keys are set.
/// </summary>
internal interface ICardPayments
{
    bool IsAvailable { get; }

    /// <summary>Opens a hosted checkout for what is due now (<paramref name="purpose"/>); answers where to send the buyer.</summary>
    Task<Result<Uri>> StartCheckoutAsync(Order order, PaymentPurpose purpose, Uri returnBase, CancellationToken ct);
}

internal sealed class NoCardPayments : ICardPayments
{
    public bool IsAvailable => false;

    public Task<Result<Uri>> StartCheckoutAsync(Order order, PaymentPurpose purpose, Uri returnBase, CancellationToken ct) =>
        Task.FromResult<Result<Uri>>(Error.Conflict("payments.card-unavailable", "Card payment is not offered by this association."));
}
