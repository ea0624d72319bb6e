using System.Net;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Threading.RateLimiting;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests.RateLimits;

/// <summary>
/// Sign-in limits across nodes (ADR 0079): two sites on one real Redis (Debian's redis-server) count
/// one client's attempts in one budget, whichever node each attempt reaches; without Redis each
/// process counts alone; with Redis unreachable a node still limits, on its own count.
/// </summary>
public sealed class SharedRateLimitTests(SharedRateLimitTests.Nodes nodes) : IClassFixture<SharedRateLimitTests.Nodes>
{
    private const int PerMinute = 4;

    /// <summary>Two web nodes (each its own SQLite: the budget is all they share) and the Redis between them.</summary>
    public sealed class Nodes : IAsyncLifetime
    {
        public RedisServer Redis { get; private set; } = null!;
        public CraftMarketApp A { get; private set; } = null!;
        public CraftMarketApp B { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Redis = await RedisServer.StartAsync();
            A = Node(Redis.Configuration);
            B = Node(Redis.Configuration);
            await Task.WhenAll(Task.Run(() => A.Services), Task.Run(() => B.Services));
            // Warm both nodes (first requests compile pages and connect to Redis) on another budget than
            // sign-in's, so the attempts under test fall well inside one minute's window.
            foreach (var node in new[] { A, B })
            {
                using var client = node.ClientFor(null);
                await client.PostAsJsonAsync("/api/auth/password/forgot", new { email = "warm@nobody.example" });
                await client.GetAsync("/account/login");
            }
        }

        private static CraftMarketApp Node(string redis) => new(seedDemo: false, extra: new Dictionary<string, string?>
        {
            [SharedRedis.ConfigurationKey] = redis,
            ["CraftMarket:Identity:SignInPerMinute"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        public async Task DisposeAsync()
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
            await Redis.DisposeAsync();
        }
    }

    /// <summary>A wrong password for an address nobody has: the per-account throttle never counts twice for one name.</summary>
    private static async Task<HttpResponseMessage> SignIn(CraftMarketApp node)
    {
        using var client = node.ClientFor(null);
        return await client.PostAsJsonAsync("/api/auth/login", new { email = $"{Guid.NewGuid():N}@nobody.example", password = "not the password" });
    }

    /// <summary>
    /// One test of the two hosts: every attempt comes from the same client (the test server's), so a
    /// second test here would share (and spend) the same budget in Redis.
    /// </summary>
    [Fact]
    public async Task Attempts_split_across_two_nodes_meet_one_budget_in_redis()
    {
        var clock = Stopwatch.StartNew();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < PerMinute; i++) answers.Add((await SignIn(i % 2 == 0 ? nodes.A : nodes.B)).StatusCode);
        answers.ShouldAllBe(s => s == HttpStatusCode.Unauthorized, "within the budget, whichever node: a wrong password");

        // Each node has seen only half the budget: an in-process limiter would let both of these through.
        var overA = await SignIn(nodes.A);
        var overB = await SignIn(nodes.B);
        overA.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, $"node A counts node B's attempts too ({clock.Elapsed.TotalSeconds:0} s since the first)");
        overB.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(55), "sanity: all within one window (not a timing assertion of the feature)");
        overA.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(61), "when the shared window ends");
    }

    /// <summary>Two limiters standing for two processes, as the policies build them.</summary>
    private static async Task<int> Admitted(SharedRedis? redis, int attempts)
    {
        var key = "test:" + Guid.NewGuid().ToString("N");
        using var nodeA = PartitionedRateLimiter.Create<string, string>(k => SharedRateLimits.FixedWindow(redis, null, k, 3, TimeSpan.FromMinutes(1)));
        using var nodeB = PartitionedRateLimiter.Create<string, string>(k => SharedRateLimits.FixedWindow(redis, null, k, 3, TimeSpan.FromMinutes(1)));
        var admitted = 0;
        for (var i = 0; i < attempts; i++)
        {
            using var lease = await (i % 2 == 0 ? nodeA : nodeB).AcquireAsync(key);
            if (lease.IsAcquired) admitted++;
        }
        return admitted;
    }

    [Fact]
    public async Task Without_redis_each_process_counts_alone()
    {
        (await Admitted(null, 10)).ShouldBe(6, "3 a node, two nodes");
        using var redis = new SharedRedis(nodes.Redis.Configuration);
        (await Admitted(redis, 10)).ShouldBe(3, "one budget in Redis");
    }

    [Fact]
    public async Task With_redis_unreachable_a_node_still_limits_on_its_own_count()
    {
        // Nothing listens on the port of a stopped server; fail fast instead of the default 5 s.
        using var down = new SharedRedis($"127.0.0.1:{FreePort()},connectTimeout=300,syncTimeout=300,asyncTimeout=300,connectRetry=0");
        (await Admitted(down, 10)).ShouldBe(6, "neither open (all 10) nor closed (none): per node, as without Redis");
    }

    private static int FreePort() => LoopbackPorts.Free();
}
