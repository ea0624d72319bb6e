using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Benchmarks;

/// <summary>
/// The floor for scripts/bench-listing.sh: Kestrel serving an already rendered page as a static
/// file (same bytes, same machine, same wrk settings), so the listing's throughput is reported as
/// a ratio to what the web server alone can do.
/// </summary>
internal static class StaticSite
{
    public static async Task RunAsync(string directory, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(directory)) });
        await app.RunAsync();
    }
}
