using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CraftMarket.Insight.Features.Indicators;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Benchmarks.Insight;

/// <summary>
/// The association dashboard on real volume: the site started in-process on a fresh SQLite file with
/// the demo data and the generated insight history (two years; Bat Trang: 1,172 households and some
/// 5,000 work orders, about 40,000 facts), then for Bat Trang the 12-month report
/// (IIndicatorReports.ForAssociationAsync: this period, the previous one, the months) and the whole
/// /admin/insight page rendered over HTTP for the association admin (cookie sign-in, as a browser).
/// The target: under 200 ms. Setup prints how long the history took to generate and write.
/// Run: dotnet run -c Release --project tests/CraftMarket.Benchmarks -- --filter '*InsightDashboard*' (in process by itself)
/// </summary>
[MemoryDiagnoser]
[InProcess]                          // the site runs inside the benchmark's process: no separate build of it
[WarmupCount(3)]
[IterationCount(15)]
public class InsightDashboardBenchmarks : IDisposable
{
    private const string Village = "bat-trang";
    private DashboardSite site = null!;
    private HttpClient admin = null!;
    private TenantId village;
    private Period year = null!;
    private string page = "";

    [GlobalSetup]
    public void Setup()
    {
        var watch = Stopwatch.StartNew();
        // The site's files (views are compiled; wwwroot, themes) from its project folder, wherever the benchmark runs from.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CRAFTMARKET_WEB", WebProjectFolder());
        site = new DashboardSite();
        village = site.TenantIdOf(Village);          // starts the site: migrations, demo data, the history
        Console.WriteLine($"// Site started with the demo data and the insight history in {watch.Elapsed.TotalSeconds:0.0} s");
        admin = site.ClientFor(Village).SignedInWithCookie(Auth.AssociationAdmin(Village)).GetAwaiter().GetResult();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        year = new Period(today.AddMonths(-12).AddDays(1), today);
        page = $"/admin/insight?from={year.From:yyyy-MM-dd}&to={year.To:yyyy-MM-dd}&currency=USD";
        var first = admin.GetAsync(page).GetAwaiter().GetResult();
        if (!first.IsSuccessStatusCode) throw new InvalidOperationException($"/admin/insight answered {(int)first.StatusCode}");
        var report = Report().GetAwaiter().GetResult();
        if (!report.IncludesDemo || report.Current.Fairness.MembersWithWork < 500)
            throw new InvalidOperationException("The benchmark needs the generated history: is CraftMarket:Insight:DemoHistory on?");
        Console.WriteLine($"// Bat Trang, 12 months: {report.Current.Leads.Inquiries} inquiries, {report.Current.OrderValue.Orders} orders, " +
            $"{report.Current.Fairness.MembersWithWork} members with work, Gini {report.Current.Fairness.Gini}, {report.Months.Count} months");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        admin?.Dispose();
        site?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The dashboard's figures: every indicator for 12 months and the 12 before, and the months.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> ReportForTwelveMonths() => (await Report()).Months.Count;

    /// <summary>The page as the admin's browser gets it: report, summary lines, every chart with its table, the layout.</summary>
    [Benchmark]
    public async Task<int> DashboardPageOverHttp()
    {
        using var response = await admin.GetAsync(page);
        return (await response.Content.ReadAsStringAsync()).Length;
    }

    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (Directory.Exists(Path.Combine(folder.FullName, "src", "CraftMarket.Web"))) return Path.Combine(folder.FullName, "src", "CraftMarket.Web");
        throw new DirectoryNotFoundException("src/CraftMarket.Web above " + AppContext.BaseDirectory);
    }

    private async Task<IndicatorReport> Report()
    {
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(village, Village);
        return await scope.ServiceProvider.GetRequiredService<IIndicatorReports>().ForAssociationAsync(year, "USD", default);
    }

    /// <summary>The real site with the demo villages and their generated history; warnings only in the log.</summary>
    private sealed class DashboardSite() : CraftMarketApp(seedDemo: true, extra: new Dictionary<string, string?>
    {
        ["CraftMarket:Insight:DemoHistory"] = "true",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:CraftMarket.Insight.Seeding"] = "Information",
    })
    {
        public TenantId TenantIdOf(string slug) =>
            Services.GetRequiredService<CraftMarket.Tenancy.Contracts.ITenantDirectory>().FindBySlug(slug)?.Id ?? throw new ArgumentException(slug);
    }
}
