using CraftMarket.Insight.Features.Indicators;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Insight.Tests.Dashboard;

/// <summary>Hand-made indicator reports for the chart kit's tests: every figure zero unless a test sets it.</summary>
internal static class ReportBuilder
{
    public static readonly Period March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    public static IndicatorSet Empty(Period period) => new(
        period,
        new Leads(0, [], 0, null),
        new QuoteConversion(0, 0, 0, null),
        new OrderValue(0, Money.Zero(Currency.VND), null),
        new ExportParticipation(0, 0, null, 0, 0, null),
        new WorkFairness(null, null, 0, 0, Money.Zero(Currency.VND)),
        new Defects(0, 0, null, [], []),
        new OnTimeDelivery(0, 0, null, 0, 0, null),
        new PayoutDelay(0, null, null),
        new Certification(0, 0, null, 0, 0),
        0,
        new Membership(0, 0, 0, 0));

    public static IndicatorReport Report(IndicatorSet current, IndicatorSet? previous = null, IReadOnlyList<MonthPoint>? months = null, bool demo = false) =>
        new(new TenantId(Guid.NewGuid()), current, previous ?? Empty(current.Period.Previous), months ?? [], demo);
}
