using System.Net.Http.Headers;
using CraftMarket.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Elasticsearch;

internal static class ElasticsearchRegistration
{
    /// <summary>
    /// <c>Search:Elasticsearch:Url</c>, <c>Search:Elasticsearch:ApiKey</c> (an encoded API key, sent as
    /// <c>Authorization: ApiKey …</c>), <c>Search:Elasticsearch:Index</c>. Transient failures (5xx, 429,
    /// timeouts) are retried by the standard resilience handler; a failure that outlasts it fails the
    /// event's delivery, which the outbox retries later.
    /// </summary>
    public static IServiceCollection AddElasticsearchEngine(this IServiceCollection services, IConfiguration config)
    {
        var options = new ElasticsearchOptions();
        config.GetSection("Search:Elasticsearch").Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<ISearchEngine, ElasticsearchEngine>();
        services.AddHttpClient(ElasticsearchEngine.Client, http =>
            {
                http.BaseAddress = new Uri(options.Url.TrimEnd('/') + "/");
                if (!string.IsNullOrEmpty(options.ApiKey)) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", options.ApiKey);
            })
            .AddStandardResilienceHandler();
        return services;
    }
}
