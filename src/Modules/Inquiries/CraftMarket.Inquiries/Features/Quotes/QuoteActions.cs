using System.Globalization;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Inquiries.Domain;

/// <summary>What happens to a sent version: superseded by the next, accepted by its buyer, expired by the clock.</summary>
internal sealed partial class Quote
{
    public const int MarkStatementMax = 300;

    /// <summary>The genuine-mark scheme the goods will carry (when the buyer asked for the village's labels), as quoted.</summary>
    public string? MarkSchemeName { get; set; }

    public (Money Deposit, Money Balance) DepositAndBalance => Total.SplitPercent(DepositBasisPoints);

    /// <summary>The recorded rate: one unit of the contract currency in đồng on <see cref="RateDate"/>.</summary>
    public ExchangeRate ToVnd => new(Currency, Currency.VND, VndPerUnit, RateDate);

    /// <summary>The status a reader should see now: a sent version past its validity is expired even before the job marks it.</summary>
    public QuoteStatus StatusAt(DateTimeOffset now) =>
        Status == QuoteStatus.Sent && !IsAcceptableAt(now) ? QuoteStatus.Expired : Status;

    public void Supersede()
    {
        if (Status == QuoteStatus.Sent) Status = QuoteStatus.Superseded;
    }

    /// <summary>
    /// The buyer accepts this version: only while it is sent and valid at <paramref name="now"/> (the
    /// clock decides, not the expiry job). Accepting it again answers the same order.
    /// </summary>
    public Result<OrderId> Accept(Guid buyerUserId, DateTimeOffset now)
    {
        if (Status == QuoteStatus.Accepted && OrderId is { } existing) return existing;
        if (!IsAcceptableAt(now)) return Error.Conflict(RefusalCode(now), RefusalMessage(now));
        Status = QuoteStatus.Accepted;
        AcceptedAt = now;
        AcceptedByUserId = buyerUserId;
        OrderId = Contracts.OrderId.New();
        return OrderId.Value;
    }

    /// <summary>The expiry job: a sent version past its validity.</summary>
    public bool ExpireAt(DateTimeOffset now)
    {
        if (Status != QuoteStatus.Sent || IsAcceptableAt(now)) return false;
        Status = QuoteStatus.Expired;
        return true;
    }

    private string RefusalCode(DateTimeOffset now) => StatusAt(now) switch
    {
        QuoteStatus.Superseded => "quote_superseded",
        QuoteStatus.Expired => "quote_expired",
        _ => "quote_closed",
    };

    private string RefusalMessage(DateTimeOffset now) => StatusAt(now) switch
    {
        QuoteStatus.Superseded => $"Quote version {Version} was replaced by a later version: accept the latest version instead.",
        QuoteStatus.Expired => string.Create(CultureInfo.InvariantCulture,
            $"Quote version {Version} expired at the end of {ValidUntil:yyyy-MM-dd} (Vietnam time): ask the association for a new version."),
        QuoteStatus.Accepted => $"Quote version {Version} is already accepted.",
        _ => $"Quote version {Version} is no longer open: the inquiry was closed.",
    };
}
