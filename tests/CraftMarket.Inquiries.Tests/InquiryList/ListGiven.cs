using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using PdfSharp.Pdf;

namespace CraftMarket.Inquiries.Tests.InquiryList;

/// <summary>Products, dates, files and request bodies the inquiry-list tests share.</summary>
internal static class ListGiven
{
    /// <summary>A published demo product of the village sold in cases of more than one piece, by position.</summary>
    public static async Task<PublishedProduct> CasedProductAsync(InquiriesSite site, string slug, int position = 0)
    {
        await using var scope = site.ScopeFor(slug);
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
        var found = new List<PublishedProduct>();
        await foreach (var p in catalogue.PublishedAsync(CancellationToken.None))
            if (p.OrderMultiple > 1 && p.MinimumOrderQuantity >= p.OrderMultiple) found.Add(p);
        found.Count.ShouldBeGreaterThan(0, $"{slug} has a published product sold in cases");
        return found.OrderBy(p => p.Id.Value).ElementAt(position % found.Count);
    }

    /// <summary>A quantity the product may be ordered in: its minimum, rounded up to whole cases, times <paramref name="cases"/>.</summary>
    public static int Valid(PublishedProduct p, int extraCases = 0) =>
        (p.MinimumOrderQuantity + p.OrderMultiple - 1) / p.OrderMultiple * p.OrderMultiple + extraCases * p.OrderMultiple;

    public static DateOnly Today => VietnamCalendar.Today(DateTimeOffset.UtcNow);

    /// <summary>A date every demo product can make (lead times are weeks).</summary>
    public static DateOnly Later => Today.AddDays(200);

    public static object Body(PublishedProduct p, int quantity, DateOnly? requiredBy = null, string incoterm = "FOB", string? port = null,
        string country = "JP", string? sku = null, object? target = null) => new
        {
            lines = new[] { new { productId = p.Id.Value, variantSku = sku, quantity = (long)quantity, targetUnitPrice = target } },
            requiredBy = (requiredBy ?? Later).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            incoterm,
            destinationPort = port,
            destinationCountry = country,
            packaging = "Each bowl in a brown box, 24 to a carton",
            labelling = "Our barcode on the base",
            wantsMarkedGoods = true,
            sampleRequested = true,
            notes = "For our spring catalogue.",
        };

    /// <summary>The field errors of a validation problem.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    /// <summary>A real one-page PDF, written by PDFsharp.</summary>
    public static byte[] Pdf()
    {
        using var document = new PdfDocument();
        document.Info.Title = "Specification";
        document.AddPage();
        using var buffer = new MemoryStream();
        document.Save(buffer);
        return buffer.ToArray();
    }

    /// <summary>A real JPEG, encoded by libvips.</summary>
    public static byte[] Jpeg()
    {
        using var black = Image.Black(120, 90, bands: 3);
        using var grey = black + 140;
        using var image = grey.Cast(Enums.BandFormat.Uchar);
        return image.JpegsaveBuffer(q: 85);
    }

    /// <summary>A Windows program (its MZ/PE header and DOS stub), named as if it were a PDF.</summary>
    public static byte[] ExeNamedPdf()
    {
        var bytes = new byte[1024];
        "MZ"u8.CopyTo(bytes);
        bytes[0x3C] = 0x80;
        "This program cannot be run in DOS mode."u8.CopyTo(bytes.AsSpan(0x4E));
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        return bytes;
    }
}
