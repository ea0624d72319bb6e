using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.Search.Data;
using CraftMarket.Search.Elasticsearch;
using CraftMarket.Search.Features;
using CraftMarket.Search.Glossary;
using CraftMarket.Search.Indexing;
using CraftMarket.Search.LuceneEngine;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search;

/// <summary>
/// Product search for buyers: follows the catalogue through integration events, answers
/// <c>/api/search</c> and the <c>/search</c> page. Engine from <c>Search:Provider</c>:
/// <c>lucene</c> (embedded, the default) or <c>elasticsearch</c> (see docs/adr/0014 and 0015).
/// </summary>
public static class SearchModule
{
    public static WebApplicationBuilder AddSearchModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModulePages(typeof(SearchModule).Assembly);
        services.AddSwitchableModule(Switch, "/Search", "/Admin/Glossary");
        services.AddModuleDb<SearchDb, SqliteSearchDb, PostgresSearchDb>(settings.Database, SearchDb.SchemaName);
        services.AddOutbox<SearchDb>(settings.Role);
        services.AddMemoryCache();

        var provider = builder.Configuration["Search:Provider"] ?? "lucene";
        if (provider.Equals("elasticsearch", StringComparison.OrdinalIgnoreCase))
            services.AddElasticsearchEngine(builder.Configuration);
        else
        {
            // Opened on first use: the `migrate` command never touches the index. A web-role process
            // reads what the worker (which delivers Search's outbox) writes in the shared data directory.
            var path = Path.Combine(settings.DataDirectory.Path, "search", "lucene");
            services.AddSingleton(_ => settings.Role.RunsBackgroundWork ? new LuceneIndex(path) : LuceneIndex.ReadOnly(path));
            services.AddSingleton<ISearchEngine, LuceneSearchEngine>();
        }

        services.AddSingleton<GlossaryCache>();
        services.AddSingleton<HiddenTenants>();
        services.AddSingleton<ISearchIndex, SearchIndex>();
        services.AddScoped<GlossaryEditor>();
        services.AddScoped<ICraftGlossary, CraftGlossary>();   // translators' suggestions (ADR 0068)
        services.AddScoped<SearchLinks>();
        services.AddScoped<Reindex>();
        services.AddSingleton<IDemoDataSeeder, GlossaryDemoSeeder>();

        services.AddIntegrationEventHandler<ProductPublished, ProductPublishedConsumer>();
        services.AddIntegrationEventHandler<ProductWithdrawn, ProductWithdrawnConsumer>();
        services.AddIntegrationEventHandler<ProductCoverChanged, ProductCoverChangedConsumer>();
        services.AddIntegrationEventHandler<ProductQualityMarkChanged, ProductQualityMarkChangedConsumer>();
        services.AddIntegrationEventHandler<TenantChanged, TenantChangedConsumer>();
        services.AddIntegrationEventHandler<TenantCreated, TenantCreatedConsumer>();
        services.AddIntegrationEventHandler<ReindexRequested, ReindexRequestedConsumer>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSearchModule(this IEndpointRouteBuilder app)
    {
        // Every API of the module answers 404 where the association runs without search.
        var search = app.MapGroup("").RequireModule(Switch);
        SearchEndpoints.Map(search);
        GlossaryEndpoints.Map(search);
        return app;
    }

    /// <summary>A village may run without search (ADR 26): no box in the header, no /search page, no /api/search.</summary>
    internal static readonly SwitchableModule Switch = new("search", "Product search");

    /// <summary>The `reindex` command: <c>reindex &lt;slug&gt;</c> or <c>reindex --all</c>; answers the process exit code.</summary>
    public static Task<int> ReindexAsync(IServiceProvider services, string[] args, CancellationToken ct = default) =>
        ReindexCommand.RunAsync(services, args, ct);
}
