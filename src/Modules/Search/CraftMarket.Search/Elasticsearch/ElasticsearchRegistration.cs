using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Elasticsearch;

internal static class ElasticsearchRegistration
{
    public static IServiceCollection AddElasticsearchEngine(this IServiceCollection services, IConfiguration config) =>
        throw new NotImplementedException("Elasticsearch engine lands in the next slice.");
}
