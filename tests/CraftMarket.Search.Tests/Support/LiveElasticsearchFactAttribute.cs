namespace CraftMarket.Search.Tests.Support;

/// <summary>
/// A fact that needs a real Elasticsearch cluster: reported as skipped, with the reason, unless
/// <see cref="UrlVariable"/> is set, so a machine without a cluster never counts it as passed.
/// </summary>
public sealed class LiveElasticsearchFactAttribute : FactAttribute
{
    public const string UrlVariable = "CRAFTMARKET_TEST_ELASTICSEARCH_URL";
    public const string ApiKeyVariable = "CRAFTMARKET_TEST_ELASTICSEARCH_API_KEY";

    public LiveElasticsearchFactAttribute()
    {
        if (Url is null) Skip = $"{UrlVariable} is not set: no Elasticsearch cluster to run against (set {ApiKeyVariable} too if it needs a key).";
    }

    public static string? Url => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : null;

    public static string? ApiKey => Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null;
}
