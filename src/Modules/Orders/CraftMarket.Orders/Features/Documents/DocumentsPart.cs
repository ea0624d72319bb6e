using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>Proforma invoice, commercial invoice and packing list (PDFsharp), with the packing data the desk enters per line.</summary>
internal static class DocumentsPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
