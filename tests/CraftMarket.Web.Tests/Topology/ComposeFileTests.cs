using System.Text.RegularExpressions;
using CraftMarket.Media;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace CraftMarket.Web.Tests.Topology;

/// <summary>
/// infra/compose.yaml cannot be run here (no Docker): read it instead, merge keys resolved as compose
/// does, and check that the topology it describes is the one ADR 0080 names and that the settings it
/// gives the site are settings the site reads.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string Infra = Path.Combine(LocalTopology.RepoRoot, "infra");
    private static readonly Dictionary<object, object> Services = (Dictionary<object, object>)Compose()["services"];
    private static readonly string[] AppServices = ["migrate", "web-1", "web-2", "worker"];

    private static Dictionary<object, object> Compose()
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Infra, "compose.yaml")));
        return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(new MergingParser(new Parser(reader)));
    }

    private static Dictionary<object, object> Service(string name) =>
        Services.TryGetValue(name, out var service) ? (Dictionary<object, object>)service : throw new ShouldAssertException($"compose.yaml has no service {name}");

    private static Dictionary<string, string> Environment(string service) =>
        ((Dictionary<object, object>)Service(service)["environment"]).ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);

    [Fact]
    public void It_names_the_whole_topology()
    {
        Services.Keys.Cast<string>().ShouldBe(
            ["postgres", "redis", "elasticsearch", "minio", "migrate", "web-1", "web-2", "worker", "cache", "proxy"], ignoreOrder: true);
        Services.Where(s => ((Dictionary<object, object>)s.Value).ContainsKey("ports")).Select(s => (string)s.Key)
            .ShouldBe(["proxy"], "only the TLS proxy is reachable from outside");
        foreach (var (name, service) in Services)
        {
            if (((Dictionary<object, object>)service).TryGetValue("depends_on", out var needs))
                foreach (var needed in ((Dictionary<object, object>)needs).Keys.Cast<string>())
                    Services.ShouldContainKey(needed, $"{name} depends on {needed}");
        }
    }

    [Fact]
    public void Two_web_replicas_and_a_worker_share_one_database_one_redis_one_bucket_and_one_search_index()
    {
        Environment("web-1")["CraftMarket__Role"].ShouldBe("web");
        Environment("web-2")["CraftMarket__Role"].ShouldBe("web");
        Environment("worker")["CraftMarket__Role"].ShouldBe("worker");
        AppServices.Select(s => Environment(s).GetValueOrDefault("CraftMarket__NodeName")).Where(n => n is not null)
            .ShouldBe(["web-1", "web-2", "worker"], "each node says who it is (X-Served-By)");

        string[] shared =
        [
            "CraftMarket__Database__Provider", "CraftMarket__Database__ConnectionString", "CraftMarket__Redis__Configuration",
            "CraftMarket__Media__BlobStore", "CraftMarket__Media__S3__ServiceUrl", "CraftMarket__Media__S3__Bucket",
            "Search__Provider", "Search__Elasticsearch__Url", "CraftMarket__TrustedProxies__0", "CraftMarket__TrustedProxies__1",
            "CraftMarket__ForwardLimit",
        ];
        foreach (var key in shared)
        {
            var values = AppServices.Select(s => Environment(s).GetValueOrDefault(key)).Distinct().ToList();
            values.ShouldHaveSingleItem($"{key}: one value for every app service").ShouldNotBeNullOrEmpty(key);
        }
        var env = Environment("web-1");
        env["CraftMarket__Database__Provider"].ShouldBe("Postgres");
        env["CraftMarket__Database__ConnectionString"].ShouldContain("Host=postgres;");
        env["CraftMarket__Redis__Configuration"].ShouldStartWith("redis:");
        env["Search__Provider"].ShouldBe("elasticsearch");
        env["Search__Elasticsearch__Url"].ShouldStartWith("http://elasticsearch:");
        Enum.Parse<BlobStoreKind>(env["CraftMarket__Media__BlobStore"]).ShouldBe(BlobStoreKind.S3);
        env["CraftMarket__Media__S3__ServiceUrl"].ShouldStartWith("http://minio:");
        // Every S3 setting given is one Media reads (a typo would silently fall back to the default).
        foreach (var key in env.Keys.Where(k => k.StartsWith("CraftMarket__Media__S3__", StringComparison.Ordinal)))
            typeof(S3Options).GetProperty(key["CraftMarket__Media__S3__".Length..]).ShouldNotBeNull(key);
    }

    [Fact]
    public void The_web_nodes_trust_exactly_the_two_proxies_in_front_of_them()
    {
        var env = Environment("web-1");
        env["CraftMarket__BehindProxy"].ShouldBe("true");
        env["CraftMarket__ForwardLimit"].ShouldBe("2", "TLS proxy, then cache: two hops (ADR 29)");
        string AddressOf(string service) =>
            (string)((Dictionary<object, object>)((Dictionary<object, object>)((Dictionary<object, object>)Service(service)["networks"])["edge"]))["ipv4_address"];
        new[] { env["CraftMarket__TrustedProxies__0"], env["CraftMarket__TrustedProxies__1"] }
            .ShouldBe([AddressOf("proxy"), AddressOf("cache")], ignoreOrder: true);
        File.ReadAllText(Path.Combine(Infra, "Caddyfile")).ShouldContain($"reverse_proxy cache:{Environment("cache")["LISTEN"]}",
            customMessage: "the TLS proxy forwards to the cache, never straight to a web node");
    }

    [Fact]
    public void The_cache_fills_every_placeholder_of_the_nginx_template_with_the_web_replicas()
    {
        var cache = Service("cache");
        ((List<object>)cache["volumes"]).Cast<string>()
            .ShouldContain("./nginx/craftmarket.conf.template:/etc/nginx/templates/craftmarket.conf.template:ro");
        var template = File.ReadAllText(Path.Combine(Infra, "nginx", "craftmarket.conf.template"));
        var env = Environment("cache");
        var placeholders = Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        placeholders.ShouldBe(["WEB_1", "WEB_2", "CACHE_DIR", "LISTEN"], ignoreOrder: true);
        foreach (var name in placeholders) env.ShouldContainKey(name);
        env["WEB_1"].ShouldBe("web-1:8080");
        env["WEB_2"].ShouldBe("web-2:8080");
    }

    [GeneratedRegex(@"\$\{([A-Z0-9_]+)\}")]
    private static partial Regex Placeholder();
}
