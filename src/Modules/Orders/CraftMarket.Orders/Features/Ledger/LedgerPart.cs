using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>The double-entry ledger: postings, payouts to households, surplus shared at close, a household's earnings page, reconciliation per order and month with CSV.</summary>
internal static class LedgerPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
