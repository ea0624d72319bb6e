using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CsvHelper;

namespace CraftMarket.Catalogue.Tests.Support;

/// <summary>A catalogue CSV as a spreadsheet user edits it: a header and rows of named cells.</summary>
public sealed class CsvFile(List<string> header, List<Dictionary<string, string>> rows)
{
    public List<string> Header { get; } = header;
    public List<Dictionary<string, string>> Rows { get; } = rows;

    public static CsvFile Parse(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        return new CsvFile(header, rows);
    }

    public Dictionary<string, string> Row(string sku) => Rows.Single(r => r["sku"] == sku);

    public string ToText()
    {
        var writer = new StringWriter();
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var h in Header) csv.WriteField(h);
        csv.NextRecord();
        foreach (var row in Rows)
        {
            foreach (var h in Header) csv.WriteField(row.GetValueOrDefault(h, ""));
            csv.NextRecord();
        }
        csv.Flush();
        return writer.ToString();
    }

    public static async Task<HttpResponseMessage> Upload(HttpClient client, string text)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "catalogue.csv");
        return await client.PostAsync("/api/catalogue/import", content);
    }
}
