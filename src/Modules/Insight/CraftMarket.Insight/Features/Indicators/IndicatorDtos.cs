using System.Text.Json.Serialization;
using CraftMarket.Insight.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Insight.Features.Indicators;

/// <summary>
/// The headline figures of one period under their published names (<see cref="IndicatorNames"/>):
/// inquiries submitted; quote conversion (accepted / quoted); order value in đồng; export participation
/// (share of members with work in the 12 months to the period's end); the Gini of work-order value;
/// the defect ratio (defects / pieces sampled); on-time delivery (orders shipped by their promised date);
/// the average days from inspection to payout; members certified at the period's end.
/// </summary>
public sealed record IndicatorFigures(
    DateOnly From,
    DateOnly To,
    [property: JsonPropertyName(IndicatorNames.Inquiries)] int Inquiries,
    [property: JsonPropertyName(IndicatorNames.QuoteConversion)] decimal? QuoteConversion,
    [property: JsonPropertyName(IndicatorNames.OrderValue)] Money OrderValue,
    Money? OrderValueInCurrency,
    [property: JsonPropertyName(IndicatorNames.ExportParticipation)] decimal? ExportParticipation,
    [property: JsonPropertyName(IndicatorNames.WorkGini)] decimal? WorkGini,
    [property: JsonPropertyName(IndicatorNames.DefectRatio)] decimal? DefectRatio,
    [property: JsonPropertyName(IndicatorNames.OnTimeDelivery)] decimal? OnTimeDelivery,
    [property: JsonPropertyName(IndicatorNames.PayoutDelayDays)] decimal? PayoutDelayDays,
    [property: JsonPropertyName(IndicatorNames.CertifiedMembers)] int CertifiedMembers)
{
    public static IndicatorFigures Of(IndicatorSet set) => new(
        set.Period.From, set.Period.To, set.Leads.Inquiries, set.QuoteConversion.Rate, set.OrderValue.Vnd, set.OrderValue.InCurrency,
        set.ExportParticipation.MemberShare, set.Fairness.Gini, set.Defects.Ratio, set.OnTimeDelivery.OrdersRate, set.PayoutDelay.AverageDays,
        set.Certification.CertifiedMembers);
}

/// <summary>Every indicator of both periods in full, and the months of the current one.</summary>
public sealed record IndicatorDetail(IndicatorSet Current, IndicatorSet Previous, IReadOnlyList<MonthPoint> Months);

/// <summary>
/// GET /api/association/indicators: the current period's figures at the top level (flattened from
/// <see cref="IndicatorFigures"/>), the previous period's, and the detail.
/// </summary>
public sealed record AssociationIndicatorsDto(
    string Association,
    string? Currency,
    bool IncludesDemo,
    DateOnly From,
    DateOnly To,
    [property: JsonPropertyName(IndicatorNames.Inquiries)] int Inquiries,
    [property: JsonPropertyName(IndicatorNames.QuoteConversion)] decimal? QuoteConversion,
    [property: JsonPropertyName(IndicatorNames.OrderValue)] Money OrderValue,
    Money? OrderValueInCurrency,
    [property: JsonPropertyName(IndicatorNames.ExportParticipation)] decimal? ExportParticipation,
    [property: JsonPropertyName(IndicatorNames.WorkGini)] decimal? WorkGini,
    [property: JsonPropertyName(IndicatorNames.DefectRatio)] decimal? DefectRatio,
    [property: JsonPropertyName(IndicatorNames.OnTimeDelivery)] decimal? OnTimeDelivery,
    [property: JsonPropertyName(IndicatorNames.PayoutDelayDays)] decimal? PayoutDelayDays,
    [property: JsonPropertyName(IndicatorNames.CertifiedMembers)] int CertifiedMembers,
    IndicatorFigures Previous,
    IndicatorDetail Detail)
{
    public static AssociationIndicatorsDto Of(string association, string? currency, IndicatorReport report)
    {
        var now = IndicatorFigures.Of(report.Current);
        return new AssociationIndicatorsDto(association, currency, report.IncludesDemo, now.From, now.To, now.Inquiries, now.QuoteConversion,
            now.OrderValue, now.OrderValueInCurrency, now.ExportParticipation, now.WorkGini, now.DefectRatio, now.OnTimeDelivery,
            now.PayoutDelayDays, now.CertifiedMembers, IndicatorFigures.Of(report.Previous),
            new IndicatorDetail(report.Current, report.Previous, report.Months));
    }
}

/// <summary>One village in GET /api/platform/indicators.</summary>
public sealed record VillageIndicatorsDto(Guid TenantId, string Slug, string Name, IndicatorFigures Current, IndicatorFigures Previous, IndicatorSet Detail);

public sealed record PlatformIndicatorsDto(DateOnly From, DateOnly To, IReadOnlyList<VillageIndicatorsDto> Villages)
{
    public static PlatformIndicatorsDto Of(Period period, IReadOnlyList<VillageIndicators> villages) => new(period.From, period.To,
        villages.Select(v => new VillageIndicatorsDto(v.TenantId.Value, v.Slug, v.Name, IndicatorFigures.Of(v.Current), IndicatorFigures.Of(v.Previous), v.Current))
            .ToList());
}
