using System.Text.Json.Serialization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Insight.Features.Indicators;

// The shape every reader of the indicators shares (the dashboard, its JSON, the platform view, the
// benchmark). Ratios are decimal fractions 0..1 (never floating point: a funder's report must add up),
// null when there is nothing to divide by; money is Money (VND, or the chosen currency).

/// <summary>Vietnam dates, both ends included.</summary>
public sealed record Period(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The same number of days just before this period: what every figure is compared with (not serialised: it recurses).</summary>
    [JsonIgnore]
    public Period Previous => new(From.AddDays(-Days), From.AddDays(-1));
}

public sealed record SourceCount(string Source, int Count);

public sealed record Leads(int Inquiries, IReadOnlyList<SourceCount> BySource, int Answered, decimal? MedianHoursToFirstResponse);

public sealed record QuoteConversion(int Inquiries, int Quoted, int Accepted, decimal? Rate);

public sealed record OrderValue(int Orders, Money Vnd, Money? InCurrency);

/// <summary>Share of members (and of households) with at least one work order in the 12 months to the period's end.</summary>
public sealed record ExportParticipation(int Members, int MembersWithWork, decimal? MemberShare, int Households, int HouseholdsWithWork, decimal? HouseholdShare);

/// <summary>How evenly work-order value was spread across members in the period.</summary>
public sealed record WorkFairness(decimal? Gini, decimal? Top5Share, int MembersWithWork, int MembersNeverOffered, Money WorkVnd);

public sealed record DefectByType(string Type, int Defects, decimal? Ratio);

public sealed record DefectByMember(Guid MemberId, string DisplayName, int Sampled, int Defects, decimal? Ratio);

public sealed record Defects(int Sampled, int Found, decimal? Ratio, IReadOnlyList<DefectByType> ByType, IReadOnlyList<DefectByMember> ByMember);

/// <summary>Work orders ready by their due date, and orders shipped by their promised delivery date.</summary>
public sealed record OnTimeDelivery(int WorkDue, int WorkOnTime, decimal? WorkRate, int OrdersDue, int OrdersOnTime, decimal? OrdersRate);

public sealed record PayoutDelay(int Payouts, decimal? AverageDays, decimal? MedianDays);

public sealed record Certification(int CertifiedMembers, int ActiveMembers, decimal? MemberShare, int CertifiedProducts, int PublishedProducts);

public sealed record Membership(int AtStart, int Joined, int Left, int AtEnd);

/// <summary>Every indicator for one period.</summary>
public sealed record IndicatorSet(
    Period Period, Leads Leads, QuoteConversion QuoteConversion, OrderValue OrderValue, ExportParticipation ExportParticipation,
    WorkFairness Fairness, Defects Defects, OnTimeDelivery OnTimeDelivery, PayoutDelay PayoutDelay, Certification Certification,
    int NewProducts, Membership Membership);

/// <summary>One calendar month (Vietnam) of the period, for the charts over time.</summary>
public sealed record MonthPoint(int Year, int Month, int Inquiries, int Accepted, long OrderValueVnd, long WorkValueVnd, int Sampled, int Defects, int Joined, int Left);

/// <summary>The dashboard's whole answer: the period, the one before, the months, and whether generated demo history is in it.</summary>
public sealed record IndicatorReport(TenantId TenantId, IndicatorSet Current, IndicatorSet Previous, IReadOnlyList<MonthPoint> Months, bool IncludesDemo);

/// <summary>One village in the platform's side-by-side view.</summary>
public sealed record VillageIndicators(TenantId TenantId, string Slug, string Name, IndicatorSet Current, IndicatorSet Previous);

/// <summary>
/// Computes the indicators from the read models (never from another module's tables). The current
/// association's report; the platform's, every village side by side (platform admin only).
/// </summary>
public interface IIndicatorReports
{
    /// <param name="currency">ISO code to show order value in besides VND (the association's display rate), or null.</param>
    Task<IndicatorReport> ForAssociationAsync(Period period, string? currency, CancellationToken ct);

    Task<IReadOnlyList<VillageIndicators>> ForPlatformAsync(Period period, CancellationToken ct);
}
