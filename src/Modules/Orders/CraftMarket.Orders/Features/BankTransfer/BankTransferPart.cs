using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>Bank transfers (T/T): the desk records receipts with proof, partial and over payments, transfers back; the association's bank details and order settings (ADR 0056).</summary>
internal static class BankTransferPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ReceiptDesk>();
        services.AddScoped<RefundDesk>();
        services.AddScoped<PaymentProofs>();
        services.AddScoped<OrderSettingsEditor>();
        // No menu link: the pages are reached from the desk's order page (/admin/orders/{id}) and its list.
    }

    public static void Map(IEndpointRouteBuilder app) => BankTransferEndpoints.Map(app);
}
