using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Insight.Features.Indicators;

// The slim rows the indicators need, read from the facts with only these columns (IndicatorReports)
// and given to the pure arithmetic (IndicatorCalculator). Tests build them by hand.

internal sealed record InquiryRow(TenantId TenantId, string Source, DateTimeOffset SubmittedAt, DateTimeOffset? FirstResponseAt,
    DateTimeOffset? QuotedAt, DateTimeOffset? AcceptedAt, bool IsDemo = false);

internal sealed record OrderRow(TenantId TenantId, DateTimeOffset PlacedAt, long TotalVnd, bool Cancelled, DateOnly? DeliveryDate,
    DateTimeOffset? ShippedAt, bool IsDemo = false);

internal sealed record WorkRow(TenantId TenantId, Guid MemberId, DateTimeOffset IssuedAt, long ValueVnd, DateOnly DueOn, DateTimeOffset? ReadyAt,
    bool Cancelled, bool IsDemo = false);

internal sealed record InspectionRow(TenantId TenantId, Guid MemberId, DateTimeOffset At, int SampleSize, int Accepted, bool IsDemo = false);

internal sealed record DefectRow(TenantId TenantId, Guid MemberId, DateTimeOffset At, string Type, int Count);

internal sealed record PayoutRow(TenantId TenantId, Guid MemberId, DateTimeOffset At, DateOnly PaidOn);

internal sealed record MemberRow(TenantId TenantId, Guid MemberId, string DisplayName, bool IsHousehold, DateTimeOffset JoinedAt, DateTimeOffset? LeftAt,
    bool IsDemo = false);

internal sealed record ProductRow(TenantId TenantId, DateTimeOffset FirstPublishedAt, DateTimeOffset? WithdrawnAt, bool MarkGranted);

internal sealed record CertificateRow(TenantId TenantId, Guid MemberId, bool Valid, DateOnly ValidUntil, DateTimeOffset GrantedAt, DateTimeOffset ChangedAt);

/// <summary>Everything one association's indicators are computed from, for the periods asked (see <see cref="FactWindow"/>).</summary>
internal sealed class FactSnapshot
{
    public IReadOnlyList<InquiryRow> Inquiries { get; init; } = [];
    public IReadOnlyList<OrderRow> Orders { get; init; } = [];
    public IReadOnlyList<WorkRow> Work { get; init; } = [];
    public IReadOnlyList<InspectionRow> Inspections { get; init; } = [];
    public IReadOnlyList<DefectRow> Defects { get; init; } = [];
    public IReadOnlyList<PayoutRow> Payouts { get; init; } = [];
    public IReadOnlyList<MemberRow> Members { get; init; } = [];
    public IReadOnlyList<ProductRow> Products { get; init; } = [];
    public IReadOnlyList<CertificateRow> Certificates { get; init; } = [];

    /// <summary>Members offered any work order before the window's start (with <see cref="Work"/>, who was ever offered work).</summary>
    public IReadOnlySet<Guid> OfferedBefore { get; init; } = new HashSet<Guid>();

    /// <summary>Whether generated demo history is among the rows (the pages and the JSON say so).</summary>
    public bool IncludesDemo { get; init; }
}

/// <summary>
/// Which rows a report reads: the earliest moment any of its figures looks at (the previous period's
/// start, or 12 months before the previous period's end for participation) up to the current period's end.
/// </summary>
internal sealed record FactWindow(DateTimeOffset Start, DateTimeOffset End, DateOnly FromDate, DateOnly ToDate)
{
    public static FactWindow For(Period period)
    {
        var previous = period.Previous;
        var participation = IndicatorCalculator.ParticipationStart(previous);
        var from = participation < previous.From ? participation : previous.From;
        return new FactWindow(VietnamDays.Start(from), VietnamDays.End(period.To), previous.From, period.To);
    }
}
