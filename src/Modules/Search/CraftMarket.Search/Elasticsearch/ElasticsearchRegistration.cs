using System.Net.Http.Headers;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CraftMarket.Search.Elasticsearch;

internal static class ElasticsearchRegistration
{
    /// <summary>
    /// <c>Search:Elasticsearch:Url</c>, <c>ApiKey</c> (an encoded API key, sent as <c>Authorization: ApiKey …</c>),
    /// <c>Index</c> (the alias), <c>CertificateAuthority</c> or <c>CertificateFingerprint</c> (TLS),
    /// <c>SearchTimeout</c>, <c>WriteTimeout</c>. Two clients: buyers' searches with short attempts,
    /// retried (a search is safe to repeat); writes and admin requests with long attempts, whose POSTs
    /// are never retried by the handler (a request that timed out may still run): bulk retries its
    /// refused items itself, long operations run as tasks, and a failed event's delivery is retried
    /// by the outbox. The template and first index are installed by `migrate` (<see cref="ElasticsearchInstall"/>).
    /// </summary>
    public static IServiceCollection AddElasticsearchEngine(this IServiceCollection services, IConfiguration config)
    {
        var options = new ElasticsearchOptions();
        config.GetSection("Search:Elasticsearch").Bind(options);
        var validator = ElasticsearchTls.Validator(options);   // a wrong setting fails at start, not at the first search
        services.AddSingleton(options);
        services.AddSingleton<ElasticsearchEngine>();
        services.AddSingleton<ISearchEngine>(sp => sp.GetRequiredService<ElasticsearchEngine>());
        services.AddSingleton<IMigrationStep, ElasticsearchInstall>();

        SocketsHttpHandler Primary() => new()
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = { RemoteCertificateValidationCallback = validator },
        };
        void Base(HttpClient http)
        {
            http.BaseAddress = new Uri(options.Url.TrimEnd('/') + "/");
            http.Timeout = Timeout.InfiniteTimeSpan;   // the resilience handler's timeouts apply
            if (!string.IsNullOrEmpty(options.ApiKey)) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", options.ApiKey);
        }

        services.AddHttpClient(ElasticsearchEngine.SearchClient, Base).ConfigurePrimaryHttpMessageHandler(Primary)
            .AddStandardResilienceHandler(o =>
            {
                o.AttemptTimeout.Timeout = options.SearchTimeout;
                o.TotalRequestTimeout.Timeout = options.SearchTimeout * 3;
                o.CircuitBreaker.SamplingDuration = Max(TimeSpan.FromSeconds(30), options.SearchTimeout * 2);
            });
        services.AddHttpClient(ElasticsearchEngine.Client, Base).ConfigurePrimaryHttpMessageHandler(Primary)
            .AddStandardResilienceHandler(o =>
            {
                o.Retry.DisableForUnsafeHttpMethods();
                o.AttemptTimeout.Timeout = options.WriteTimeout;
                o.TotalRequestTimeout.Timeout = options.WriteTimeout * 2 + TimeSpan.FromSeconds(10);   // room for retries of GET and HEAD
                o.CircuitBreaker.SamplingDuration = Max(TimeSpan.FromSeconds(30), options.WriteTimeout * 2);
            });
        return services;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>The `migrate` step: puts the index template and creates the first index behind the alias.</summary>
internal sealed class ElasticsearchInstall(ElasticsearchEngine engine) : IMigrationStep
{
    public Task RunAsync(CancellationToken ct) => engine.InstallAsync(ct);
}
