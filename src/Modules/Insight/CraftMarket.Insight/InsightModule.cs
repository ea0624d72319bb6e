using CraftMarket.Insight.Data;
using CraftMarket.Insight.Features.Audit;
using CraftMarket.Insight.Features.Dashboard;
using CraftMarket.Insight.Features.Indicators;
using CraftMarket.Insight.Features.MemberPage;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight;

/// <summary>
/// The association's view of it all: read models fed only by the other modules' events (ADR 0062),
/// the indicators a funder or a member asks about (leads, conversion, export participation, fairness
/// of work, defects, on-time delivery, payout delay, certification, membership), the dashboard and its
/// JSON, the platform's side-by-side view, a member's own page, and the audit log. Each feature folder
/// registers and maps itself (its <c>*Part</c>).
/// </summary>
public static class InsightModule
{
    public static WebApplicationBuilder AddInsightModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModulePages(typeof(InsightModule).Assembly);
        services.AddModuleDb<InsightDb, SqliteInsightDb, PostgresInsightDb>(settings.Database, InsightDb.SchemaName);
        services.AddOutbox<InsightDb>(settings.Role);

        IndicatorsPart.Add(services);
        DashboardPart.Add(services);
        MemberPagePart.Add(services);
        AuditPart.Add(services);
        Seeding.SeedingPart.Add(services);
        return builder;
    }

    public static IEndpointRouteBuilder MapInsightModule(this IEndpointRouteBuilder app)
    {
        IndicatorsPart.Map(app);
        DashboardPart.Map(app);
        MemberPagePart.Map(app);
        AuditPart.Map(app);
        return app;
    }
}
