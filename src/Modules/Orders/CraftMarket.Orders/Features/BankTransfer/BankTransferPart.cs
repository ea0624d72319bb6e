using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>Bank transfers (T/T): the desk records receipts with proof, partial and over payments; the association's bank details and order settings.</summary>
internal static class BankTransferPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
