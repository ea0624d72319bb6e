using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// Records of one association that nobody outside it may see: an invited member (never public), a
/// draft product, a glossary entry, and its staff's e-mail addresses. Routes are filled with their
/// real ids, so a handler that forgot the association would find them.
/// </summary>
internal sealed record Canaries(string TenantId, string MemberId, string MemberName, string MemberPhone,
    string ProductId, string ProductName, string Sku, string CategoryId, string GlossaryId, string GlossaryTerm)
{
    /// <summary>Quality-mark records (scheme, other certificate), planted with the others.</summary>
    public QualityMarkCanaries? Quality { get; init; }

    /// <summary>Trade records (a buyer's inquiry, its quote, a household's offer), from the demo.</summary>
    public InquiryCanaries? Trade { get; init; }

    /// <summary>Order records (a buyer's order, a household's work order and its ledger), from the demo.</summary>
    public OrderCanaries? Orders { get; init; }

    /// <summary>Issue 16's records (a webhook endpoint, an API token, an in-app notice), planted with the others.</summary>
    public AssociationCanaries? Association { get; init; }

    /// <summary>Issue 17's records (the draft's translation, the machine-translation service, an open photo upload).</summary>
    public CatalogueWorkCanaries? CatalogueWork { get; init; }

    /// <summary>Staff accounts' e-mails (e.g. from the accounts list) carry the association's name.</summary>
    public const string StaffMail = "@bat-trang.craftmarket.local";

    public static async Task<Canaries> PlantAsync(SecuritySite site, HttpClient admin)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var digits = Random.Shared.Next(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var member = await Created(await admin.PostAsJsonAsync("/api/members", new
        {
            kind = "Household", displayName = $"Hộ Canary {tag}", representativeName = "Nguyễn Văn Canary", phone = $"0919 {digits}",
            commune = "Bát Tràng, Gia Lâm, Hà Nội", canSignContracts = false,
        }));
        var categories = JsonDocument.Parse(await admin.GetStringAsync("/api/catalogue/categories")).RootElement;
        var category = categories.EnumerateArray().First(c => !c.GetProperty("retired").GetBoolean()).GetProperty("id").GetString()!;
        var members = JsonDocument.Parse(await admin.GetStringAsync("/api/members?pageSize=100")).RootElement;
        var maker = members.GetProperty("items").EnumerateArray().First(m => m.GetProperty("status").GetString() == "Active").GetProperty("id").GetString();
        var sku = "CANARY-" + tag.ToUpperInvariant();
        var product = await Created(await admin.PostAsJsonAsync("/api/catalogue/products", new
        {
            categoryId = category, sku, name = new { vi = $"Bình canary {tag}" }, description = new { vi = "Sản phẩm nháp, không công khai." },
            basePriceVnd = 250000, minimumOrderQuantity = 10, orderMultiple = 1, leadTimeDays = 30, makers = new[] { maker },
        }));
        var term = $"canaryterm{tag}";
        var glossary = await Created(await admin.PostAsJsonAsync("/api/search/glossary", new { terms = new[] { term, $"canaryword{tag}" } }));
        var tenant = site.Services.GetRequiredService<ITenantDirectory>().FindBySlug(SecuritySite.Village)!;
        return new Canaries(tenant.Id.Value.ToString(), member, $"Hộ Canary {tag}", "919" + digits, product, $"Bình canary {tag}", sku, category, glossary, term)
        {
            Quality = await QualityMarkCanaries.PlantAsync(admin),
            Trade = await InquiryCanaries.PlantAsync(admin),
            Orders = await OrderCanaries.PlantAsync(admin),
            Association = await AssociationCanaries.PlantAsync(site, admin),
            CatalogueWork = await CatalogueWorkCanaries.PlantAsync(admin, product),
        };
    }

    /// <summary>What a foreign caller's answer must never contain.</summary>
    public IEnumerable<string> Secrets => [MemberId, MemberName, MemberPhone, ProductId, ProductName, Sku, GlossaryId, GlossaryTerm, StaffMail,
        .. Quality?.Secrets ?? [], .. Trade?.Secrets ?? [], .. Orders?.Secrets ?? [], .. Association?.Secrets ?? [], .. CatalogueWork?.Secrets ?? []];

    public string? Leak(string body) => Secrets.FirstOrDefault(s => body.Contains(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Route values: each id the association's own record of the kind the route names.</summary>
    public string? ValueFor(string route, string parameter)
    {
        var p = parameter.ToLowerInvariant();
        if (p is "productid") return ProductId;
        if (p is "tenant" or "tenantid") return TenantId;
        if (p is "module") return "catalogue";
        if (Orders?.ValueFor(route, parameter) is { } order) return order;
        if (CatalogueWork?.ValueFor(route, parameter) is { } upload) return upload;
        if (p != "id") return null;
        if (Quality?.ValueFor(route, parameter) is { } quality) return quality;
        if (Trade?.ValueFor(route, parameter) is { } trade) return trade;
        if (Association?.ValueFor(route, parameter) is { } association) return association;
        return route.Contains("glossary", StringComparison.OrdinalIgnoreCase) ? GlossaryId
            : route.Contains("categor", StringComparison.OrdinalIgnoreCase) ? CategoryId
            : route.Contains("product", StringComparison.OrdinalIgnoreCase) ? ProductId
            : route.Contains("tenant", StringComparison.OrdinalIgnoreCase) ? TenantId
            : MemberId;
    }

    /// <summary>Afterwards: every canary is as it was planted (no foreign call changed or removed it).</summary>
    public async Task ShouldBeUntouchedAsync(HttpClient admin)
    {
        var member = JsonDocument.Parse(await admin.GetStringAsync($"/api/members/{MemberId}")).RootElement;
        member.GetProperty("displayName").GetString().ShouldBe(MemberName);
        member.GetProperty("status").GetString().ShouldBe("Invited");
        var product = JsonDocument.Parse(await admin.GetStringAsync($"/api/catalogue/products/{ProductId}")).RootElement;
        product.GetProperty("status").GetString().ShouldBe("Draft");
        product.GetProperty("name").GetProperty("vi").GetString().ShouldBe(ProductName);
        (await admin.GetStringAsync("/api/search/glossary")).ShouldContain(GlossaryTerm);
        var categories = JsonDocument.Parse(await admin.GetStringAsync("/api/catalogue/categories")).RootElement;
        categories.EnumerateArray().Single(c => c.GetProperty("id").GetString() == CategoryId).GetProperty("retired").GetBoolean().ShouldBeFalse();
        if (Trade is not null) await Trade.ShouldBeUntouchedAsync(admin);
        if (Orders is not null) await Orders.ShouldBeUntouchedAsync(admin);
        if (Association is not null) await Association.ShouldBeUntouchedAsync(admin);
        if (CatalogueWork is not null) await CatalogueWork.ShouldBeUntouchedAsync(admin);
    }

    private static async Task<string> Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }
}
