using CraftMarket.Insight.Data;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Insight.Features.Indicators;

/// <summary>
/// The indicators from the read models: one read of the window's facts (both periods and the
/// participation window at once), then the arithmetic in memory (<see cref="IndicatorCalculator"/>).
/// The association's report goes through the tenant filter; the platform's through the cross-tenant gateway.
/// </summary>
internal sealed class IndicatorReports(InsightDb db, ITenantDirectory tenants, ITenantContext tenant, TimeProvider clock) : IIndicatorReports
{
    public async Task<IndicatorReport> ForAssociationAsync(Period period, string? currency, CancellationToken ct)
    {
        var id = tenant.TenantId ?? throw new InvalidOperationException("The indicators of an association need an association.");
        var rate = currency is null ? null : RateFor(tenants.FindById(id), currency)
            ?? throw new ArgumentException($"The association shows no rate for {currency}.", nameof(currency));
        var facts = await FactLoader.LoadAsync(Sources(db), FactWindow.For(period), ct);
        var today = VietnamDays.Today(clock.GetUtcNow());
        return new IndicatorReport(id,
            IndicatorCalculator.For(facts, period, today, rate),
            IndicatorCalculator.For(facts, period.Previous, today, rate),
            IndicatorCalculator.Months(facts, period),
            facts.IncludesDemo);
    }

    public async Task<IReadOnlyList<VillageIndicators>> ForPlatformAsync(Period period, CancellationToken ct)
    {
        var villages = tenants.All;
        var all = await FactLoader.LoadAsync(PlatformIndicatorsCrossTenant.Sources(db), FactWindow.For(period), ct);
        var byTenant = FactLoader.ByTenant(all, villages.Select(v => v.Id));
        var today = VietnamDays.Today(clock.GetUtcNow());
        return villages
            .Select(v => new VillageIndicators(v.Id, v.Slug, v.NameVi,
                IndicatorCalculator.For(byTenant[v.Id], period, today, null),
                IndicatorCalculator.For(byTenant[v.Id], period.Previous, today, null)))
            .ToList();
    }

    /// <summary>The association's display rate from đồng to <paramref name="code"/> (đồng itself: one to one); null when it offers none.</summary>
    public static ExchangeRate? RateFor(ResolvedTenant? association, string code)
    {
        if (association is null) return null;
        if (string.Equals(code, association.BaseCurrency, StringComparison.Ordinal) && Currency.TryOf(code, out var self))
            return new ExchangeRate(self, self, 1m, DateOnly.MinValue);
        return association.DisplayRate(code);
    }

    private static FactSources Sources(InsightDb db) =>
        new(db.Inquiries, db.Orders, db.Work, db.Inspections, db.Defects, db.Payouts, db.Members, db.Products, db.Certificates);
}
