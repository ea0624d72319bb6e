using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Features.BankTransfer;
using CraftMarket.Orders.Features.Buyers;
using CraftMarket.Orders.Features.Documents;
using CraftMarket.Orders.Features.Inspections;
using CraftMarket.Orders.Features.Ledger;
using CraftMarket.Orders.Features.Orders;
using CraftMarket.Orders.Features.Stripe;
using CraftMarket.Orders.Features.WorkOrders;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CraftMarket.Orders;

/// <summary>
/// Orders after a joint quote is accepted: deposit and balance (card through Stripe, bank transfer),
/// one work order per household, quality control before shipment, documents, and the double-entry
/// ledger that pays every household for what it made (ADR 0053: orders and ledger in one module, so
/// money and state commit together). Each feature folder registers and maps itself (its <c>*Part</c>).
/// </summary>
public static class OrdersModule
{
    public static WebApplicationBuilder AddOrdersModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModulePages(typeof(OrdersModule).Assembly);
        services.AddModuleDb<OrdersDb, SqliteOrdersDb, PostgresOrdersDb>(settings.Database, OrdersDb.SchemaName);
        services.AddOutbox<OrdersDb>(settings.Role);
        services.AddIntegrationEvent<OrderChanged>();
        services.AddIntegrationEvent<WorkOrderChanged>();
        services.AddIntegrationEvent<WorkOrderInspected>();
        services.AddIntegrationEvent<MemberPaid>();
        services.AddIntegrationEvent<Domain.RefundRequested>();
        // Card payment is off until the Stripe part registers its own (keys configured).
        services.TryAddScoped<Domain.ICardPayments, Domain.NoCardPayments>();

        OrdersPart.Add(services);
        BuyersPart.Add(services);
        StripePart.Add(services);
        BankTransferPart.Add(services);
        DocumentsPart.Add(services);
        WorkOrdersPart.Add(services);
        InspectionsPart.Add(services);
        LedgerPart.Add(services);
        Seeding.SeedingPart.Add(services);
        return builder;
    }

    public static IEndpointRouteBuilder MapOrdersModule(this IEndpointRouteBuilder app)
    {
        OrdersPart.Map(app);
        BuyersPart.Map(app);
        StripePart.Map(app);
        BankTransferPart.Map(app);
        DocumentsPart.Map(app);
        WorkOrdersPart.Map(app);
        InspectionsPart.Map(app);
        LedgerPart.Map(app);
        return app;
    }
}
