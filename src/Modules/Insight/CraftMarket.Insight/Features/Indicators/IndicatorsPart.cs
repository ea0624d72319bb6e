using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Features.Indicators;

/// <summary>Event consumers filling the read models, the indicator arithmetic (IIndicatorReports) and GET /api/association/indicators.</summary>
internal static class IndicatorsPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<IIndicatorReports, IndicatorReports>();
        services.AddIntegrationEventHandler<InquiryChanged, InquiryFacts>();
        services.AddIntegrationEventHandler<OrderChanged, OrderFacts>();
        services.AddIntegrationEventHandler<WorkOrderChanged, WorkFacts>();
        services.AddIntegrationEventHandler<WorkOrderInspected, WorkFacts>();
        services.AddIntegrationEventHandler<MemberPaid, WorkFacts>();
        services.AddIntegrationEventHandler<MemberInvited, MemberFacts>();
        services.AddIntegrationEventHandler<MemberChanged, MemberFacts>();
        services.AddIntegrationEventHandler<MemberDeactivated, MemberFacts>();
        services.AddIntegrationEventHandler<ProductPublished, ProductFacts>();
        services.AddIntegrationEventHandler<ProductWithdrawn, ProductFacts>();
        services.AddIntegrationEventHandler<ProductQualityMarkChanged, ProductFacts>();
        services.AddIntegrationEventHandler<CertificateChanged, ProductFacts>();
    }

    public static void Map(IEndpointRouteBuilder app) => IndicatorEndpoints.Map(app);
}
