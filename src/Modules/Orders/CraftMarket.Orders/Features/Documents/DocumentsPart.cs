using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>Proforma invoice, commercial invoice and packing list (PDFsharp), with the packing data the desk enters per line (ADR 0059).</summary>
internal static class DocumentsPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<OrderDocuments>();
        services.AddScoped<PackingReads>();
        services.AddScoped<PackingUpdate>();
    }

    public static void Map(IEndpointRouteBuilder app) => DocumentEndpoints.Map(app);
}
