using System.Text;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Seeding;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Tests.Demo;

/// <summary>The README's "Quality marks demo" URLs, rebuilt with the real code from what the seeder wrote.</summary>
internal static class DemoReadmeCodes
{
    /// <summary>The village host as README's run command serves it.</summary>
    public const string BaseUrl = "http://bat-trang.localhost:5000";

    public sealed record Line(string Status, string ShortUrl, string TokenUrl);

    public static async Task<IReadOnlyList<Line>> BuildAsync(QualityMarksSite site)
    {
        await using var scope = site.ScopeFor("bat-trang");
        var db = QualityMarksSite.Db(scope);
        var codes = scope.ServiceProvider.GetRequiredService<LabelCodes>();
        var lines = new List<Line>();
        foreach (var demo in DemoCodes.Readme)
        {
            var batch = await db.Batches.AsNoTracking().SingleAsync(b => b.Number == demo.Batch && b.CreatedBy == QualityMarksDemoSeeder.Actor);
            var key = await db.Keys.AsNoTracking().SingleAsync(k => k.KeyId == batch.KeyId);
            var code = codes.Code(batch, key, demo.Serial);
            var shortCode = demo.Altered ? DemoCodes.Alter(code.ShortCode) : code.ShortCode;
            var token = demo.Altered ? DemoCodes.Alter(code.Token) : code.Token;
            lines.Add(new(demo.Status, $"{BaseUrl}/verify/{shortCode}", new IssuedCode(demo.Serial, token, shortCode).VerifyUrl(BaseUrl)));
        }
        return lines;
    }

    /// <summary>The README subsection's list, as it should read (printed by the test when README drifts).</summary>
    public static string Markdown(IReadOnlyList<Line> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
            text.Append("- ").Append(line.Status).Append(": ").Append(line.ShortUrl).Append('\n')
                .Append("  <br>QR form: `").Append(line.TokenUrl).Append("`\n");
        return text.ToString();
    }

    public static string ReadmePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && File.Exists(Path.Combine(dir.FullName, "CraftMarket.sln")))
                return Path.Combine(dir.FullName, "README.md");
        throw new FileNotFoundException("README.md beside CraftMarket.sln not found above " + AppContext.BaseDirectory);
    }
}
