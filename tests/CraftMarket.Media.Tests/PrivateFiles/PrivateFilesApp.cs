using CraftMarket.Media.Contracts;
using CraftMarket.Media.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Media.Tests.PrivateFiles;

/// <summary>The site with small private-file limits, to reach them with small test files.</summary>
public sealed class PrivateFilesApp() : MediaApp(extra: new Dictionary<string, string?>
{
    ["CraftMarket:Media:MaxBytes"] = "2000000",
    ["CraftMarket:Media:PrivateFiles:MaxPdfBytes"] = "200000",
})
{
    /// <summary>A scope of <paramref name="slug"/> and its IPrivateFiles; dispose the scope.</summary>
    public (AsyncServiceScope Scope, IPrivateFiles Files) FilesOf(string slug)
    {
        var scope = ScopeFor(slug);
        return (scope, scope.ServiceProvider.GetRequiredService<IPrivateFiles>());
    }

    /// <summary>Every blob kept under the private prefix of the file-system store.</summary>
    public string[] PrivateBlobs()
    {
        var path = Path.Combine(DataDirectory, "media", "private");
        return Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories) : [];
    }
}
