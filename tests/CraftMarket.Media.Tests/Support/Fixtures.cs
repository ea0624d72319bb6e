namespace CraftMarket.Media.Tests.Support;

public sealed class SqliteMediaApp() : MediaApp();

/// <summary>Small limits, to reach them in a test.</summary>
public sealed class TightLimitsApp() : MediaApp(extra: new Dictionary<string, string?>
{
    ["CraftMarket:Media:UploadsPerMinute"] = "3",
    ["CraftMarket:Media:QuotaBytesPerProducer"] = "150000",
    ["CraftMarket:Media:MaxBytes"] = "1000000",
});

/// <summary>Files under the site's blob store, to prove what was (not) stored.</summary>
public static class BlobFiles
{
    public static string[] Originals(this MediaApp app) => Under(app, "originals");

    public static string[] Renditions(this MediaApp app, string sha256) => Under(app, Path.Combine("renditions", sha256[..2], sha256));

    private static string[] Under(MediaApp app, string folder)
    {
        var path = Path.Combine(app.DataDirectory, "media", folder);
        return Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories) : [];
    }
}

/// <summary>Gives up on an unreadable original after two render attempts (the default is ten, over about 17 minutes).</summary>
public sealed class TwoRenderAttemptsApp() : MediaApp(extra: new Dictionary<string, string?> { ["CraftMarket:Media:RenderAttempts"] = "2" });
