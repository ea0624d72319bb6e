using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>The double-entry ledger: postings, payouts to households, surplus shared at close, a household's earnings page, reconciliation per order and month with CSV.</summary>
internal static class LedgerPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<LedgerBalances>();
        services.AddScoped<MemberLedgerReads>();
        services.AddScoped<RecordPayout>();
        services.AddScoped<ReverseTransaction>();
        services.AddScoped<RecordOrderCost>();
        services.AddScoped<Reconciliation>();
        services.AddIntegrationEventHandler<OrderChanged, OrderEndLedger>();
        services.AddIntegrationEventHandler<MemberPaid, MemberPaidText>();
        services.AddNavigation(
            // Households read their pages in Vietnamese whatever the page language.
            new NavigationEntry(NavigationArea.Account, "Thu nhập", "~/account/earnings", 1480, NavigationAudience.Producer) { TextLanguage = "vi" },
            new NavigationEntry(NavigationArea.Admin, "Sổ cái", "~/admin/ledger", 1280, NavigationAudience.ExportDesk) { TextLanguage = "vi" });
    }

    public static void Map(IEndpointRouteBuilder app) => LedgerEndpoints.Map(app);
}
