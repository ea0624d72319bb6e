using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Features.Allocation;
using CraftMarket.Inquiries.Features.Buyers;
using CraftMarket.Inquiries.Features.Desk;
using CraftMarket.Inquiries.Features.InquiryList;
using CraftMarket.Inquiries.Features.Offers;
using CraftMarket.Inquiries.Features.Quotes;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries;

/// <summary>
/// Joint inquiries and quotes: a buyer's request for quote, shared among member households by
/// capacity and fairness, offered to them, quoted as one by the association, accepted by the buyer
/// (<see cref="QuoteAccepted"/> for the orders). Each feature folder registers and maps itself (its
/// <c>*Part</c>), so the module file stays the table of contents.
/// </summary>
public static class InquiriesModule
{
    public static WebApplicationBuilder AddInquiriesModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModulePages(typeof(InquiriesModule).Assembly);
        services.AddModuleDb<InquiriesDb, SqliteInquiriesDb, PostgresInquiriesDb>(settings.Database, InquiriesDb.SchemaName);
        services.AddOutbox<InquiriesDb>(settings.Role);
        services.AddIntegrationEvent<QuoteAccepted>();
        services.AddScoped<TradeSettingsStore>();
        services.AddScoped<Domain.InquiryThread>();
        services.AddIntegrationEvent<InquiryChanged>();

        ListPart.Add(services);
        BuyersPart.Add(services);
        DeskPart.Add(services);
        AllocationPart.Add(services);
        OffersPart.Add(services);
        QuotesPart.Add(services);
        Seeding.SeedingPart.Add(services);
        return builder;
    }

    public static IEndpointRouteBuilder MapInquiriesModule(this IEndpointRouteBuilder app)
    {
        ListPart.Map(app);
        BuyersPart.Map(app);
        DeskPart.Map(app);
        AllocationPart.Map(app);
        OffersPart.Map(app);
        QuotesPart.Map(app);
        return app;
    }
}
