using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests.Topology;

/// <summary>
/// The topology of infra/compose.yaml from what Debian and npm provide, on loopback (ADR 0080): the local
/// PostgreSQL (a fresh database), Redis (<see cref="RedisServer"/>), s3rver (the S3 store, from
/// tests/tools), two web processes (<c>CraftMarket:Role=web</c>, <c>web-1</c> and <c>web-2</c>) and one
/// worker, all from the built CraftMarket.Web.dll on ONE data directory and ONE database, and nginx
/// (Debian's, as a non-root worker with its own prefix) with infra/nginx/craftmarket.conf.template in
/// front of the two web processes. Search is the embedded Lucene index in the shared data directory:
/// the worker writes it, both web processes read it (no Elasticsearch here).
/// </summary>
public sealed class LocalTopology : IAsyncLifetime
{
    public const string Web1 = "web-1", Web2 = "web-2", Worker = "worker";
    private const string S3Key = "S3RVER";

    private readonly string root = Directory.CreateTempSubdirectory("cm-topology").FullName;
    private readonly List<Process> processes = [];
    private readonly ConcurrentQueue<string> log = new();
    private RedisServer? redis;

    public int ProxyPort { get; } = FreePort();
    public IReadOnlyDictionary<string, int> NodePorts { get; } = new Dictionary<string, int>
    {
        [Web1] = FreePort(), [Web2] = FreePort(), [Worker] = FreePort(),
    };
    public string DataDirectory => Path.Combine(root, "data");
    public string Database { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        Database = PostgresDatabase.Create();
        redis = await RedisServer.StartAsync();
        var s3Port = StartS3rver();
        await ListeningAsync("s3rver", s3Port);

        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["CraftMarket__DataDirectory"] = DataDirectory,
            ["CraftMarket__Database__Provider"] = "Postgres",
            ["CraftMarket__Database__ConnectionString"] = Database,
            ["CraftMarket__Redis__Configuration"] = redis.Configuration,
            ["CraftMarket__Media__BlobStore"] = "S3",
            ["CraftMarket__Media__S3__ServiceUrl"] = $"http://127.0.0.1:{s3Port}",
            ["CraftMarket__Media__S3__AccessKey"] = S3Key,
            ["CraftMarket__Media__S3__SecretKey"] = S3Key,
            ["CraftMarket__Media__S3__Bucket"] = "craftmarket-media",
            ["CraftMarket__Media__S3__ForcePathStyle"] = "true",
            ["CraftMarket__Media__S3__CreateBucket"] = "true",
            ["CraftMarket__Media__SeedDemoPhotos"] = "false",
            ["CraftMarket__Media__AvifEffort"] = "0",
            ["CraftMarket__Media__UploadsPerMinute"] = "1000",
            ["CraftMarket__Identity__SignInPerMinute"] = "1000",
            // Two years of generated insight history are not what this test is about (and its seeder
            // writes +07:00 offsets PostgreSQL refuses: see the report of issue 18).
            ["CraftMarket__Insight__DemoHistory"] = "false",
            // nginx on loopback is the proxy: loopback is what the site trusts by default (ADR 29).
            ["CraftMarket__BehindProxy"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        // `seed` migrates and plants the demo villages once, as compose's one-shot `migrate` does:
        // three processes seeding one database at once would each plant them.
        var seed = Start("seed", ["seed"], new(settings) { ["CraftMarket__SeedDemo"] = "true" });
        using (var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4)))
            await seed.WaitForExitAsync(deadline.Token);
        seed.ExitCode.ShouldBe(0, $"`seed` failed:\n{Log()}");

        settings["CraftMarket__SeedDemo"] = "false";
        foreach (var (node, port) in NodePorts)
        {
            Start(node, ["--urls", $"http://127.0.0.1:{port}"], new(settings)
            {
                ["CraftMarket__Role"] = node == Worker ? "worker" : "web",
                ["CraftMarket__NodeName"] = node,
            });
        }
        await Task.WhenAll(NodePorts.Select(node => ReadyAsync(node.Value, node.Key)));

        StartNginx();
        await ReadyAsync(ProxyPort, "nginx");
    }

    /// <summary>A client of the proxy (nginx) for one host name; cookies kept when asked.</summary>
    public HttpClient ThroughProxy(string host, bool cookies = false) => Client(ProxyPort, host, cookies);

    /// <summary>A client of one node directly, past the proxy.</summary>
    public HttpClient Direct(string node, string host) => Client(NodePorts[node], host, cookies: false);

    public string Log() => string.Join('\n', log.TakeLast(150));

    private static HttpClient Client(int port, string host, bool cookies)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies, CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Host = host;
        return client;
    }

    private Process Start(string name, string[] args, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet", ["CraftMarket.Web.dll", .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment) info.Environment[key] = value;
        return Track(name, info);
    }

    private Process Track(string name, ProcessStartInfo info)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start");
        processes.Add(process);
        process.OutputDataReceived += (_, e) => Keep(name, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(name, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Keep(string name, string? line)
    {
        if (line is null) return;
        log.Enqueue($"[{name}] {line}");
        while (log.Count > 400) log.TryDequeue(out _);
    }

    private int StartS3rver()
    {
        var script = Path.Combine(RepoRoot, "tests", "tools", "node_modules", "s3rver", "bin", "s3rver.js");
        File.Exists(script).ShouldBeTrue($"s3rver is not installed: run `npm ci --prefix tests/tools` (scripts/test.sh does). Looked for {script}");
        var port = FreePort();
        var store = Directory.CreateDirectory(Path.Combine(root, "s3")).FullName;
        Track("s3rver", new ProcessStartInfo("node", [script, "--directory", store, "--address", "127.0.0.1",
            "--port", port.ToString(CultureInfo.InvariantCulture), "--silent"]) { RedirectStandardOutput = true, RedirectStandardError = true });
        return port;
    }

    /// <summary>
    /// Debian's nginx with the http-level template of infra/nginx filled in for loopback, in a full
    /// configuration of its own: every path (pid, temp, cache, logs) under the test's prefix, so it needs
    /// no root and touches nothing of the system's nginx. Started by root (CI), its workers drop to nobody.
    /// </summary>
    private void StartNginx()
    {
        var binary = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);
        binary.ShouldNotBeNull("nginx is not installed: scripts/test.sh installs Debian's nginx package");
        var prefix = Directory.CreateDirectory(Path.Combine(root, "nginx")).FullName;
        foreach (var dir in new[] { "cache", "temp", "logs" })
            Directory.CreateDirectory(Path.Combine(prefix, dir));
        // Its workers run as nobody when the test runs as root: they write the cache and temp files.
        if (!OperatingSystem.IsWindows())
            foreach (var dir in new[] { root, prefix, Path.Combine(prefix, "cache"), Path.Combine(prefix, "temp"), Path.Combine(prefix, "logs") })
                File.SetUnixFileMode(dir, (UnixFileMode)Convert.ToInt32("777", 8));

        var template = File.ReadAllText(Path.Combine(RepoRoot, "infra", "nginx", "craftmarket.conf.template"));
        var site = Fill(template, new Dictionary<string, string>
        {
            ["WEB_1"] = $"127.0.0.1:{NodePorts[Web1]}",
            ["WEB_2"] = $"127.0.0.1:{NodePorts[Web2]}",
            ["CACHE_DIR"] = Path.Combine(prefix, "cache"),
            ["LISTEN"] = $"127.0.0.1:{ProxyPort}",
        });
        var temp = Path.Combine(prefix, "temp");
        File.WriteAllText(Path.Combine(prefix, "craftmarket.conf"), site);
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log stderr warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                include {{prefix}}/craftmarket.conf;
            }
            """);
        Track("nginx", new ProcessStartInfo(binary, ["-p", prefix + "/", "-c", Path.Combine(prefix, "nginx.conf")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        });
    }

    /// <summary>What the nginx image's envsubst does with the template: every ${NAME} given, nothing else.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values) template = template.Replace("${" + name + "}", value, StringComparison.Ordinal);
        template.ShouldNotContain("${", customMessage: "every placeholder of the template is filled");
        return template;
    }

    private async Task ReadyAsync(int port, string name)
    {
        using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        // A deadline, not a measurement: three fresh processes on two busy cores take a while.
        for (var until = DateTime.UtcNow.AddMinutes(5); DateTime.UtcNow < until; await Task.Delay(200))
        {
            foreach (var p in processes)
                if (p.HasExited && p.ExitCode != 0) throw new InvalidOperationException($"a process of the topology exited with {p.ExitCode}:\n{Log()}");
            try
            {
                if ((await probe.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy */ }
        }
        throw new TimeoutException($"{name} (port {port}) did not answer ready in 5 minutes:\n{Log()}");
    }

    private static async Task ListeningAsync(string name, int port)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) { await Task.Delay(50); }
        }
        throw new TimeoutException($"{name} did not listen within 10 s");
    }

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CraftMarket.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("CraftMarket.sln not found above the test binaries");
        }
    }

    private static int FreePort() => LoopbackPorts.Free();

    public async Task DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(processes))
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
        if (redis is not null) await redis.DisposeAsync();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { /* best effort */ } catch (UnauthorizedAccessException) { /* nginx's files */ }
    }
}
