using System.Net;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SharedKernel.Trade;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>
/// The real site with the demo villages, plus products put straight into each village's catalogue
/// through the domain (create, submit, approve), so storefront tests do not depend on which demo
/// products exist. Names carry a marker so a test can tell its own products from demo ones.
/// </summary>
public class StorefrontApp : CraftMarketApp
{
    public StorefrontApp() : this(null) { }

    /// <summary>On PostgreSQL when given a connection string (xunit wants one public constructor per fixture).</summary>
    protected StorefrontApp(string? postgres) : base(seedDemo: true, postgresConnectionString: postgres) { }

    /// <summary>With settings of its own (e.g. a lower sitemap limit).</summary>
    protected StorefrontApp(string? postgres, IDictionary<string, string?> extra) : base(seedDemo: true, postgresConnectionString: postgres, extra: extra) { }

    public sealed record Seeded(ProductId Id, string NameEn, string NameVi, CategoryId Category);

    public async Task<CategoryId> CategoryAsync(string slug, string nameVi, string nameEn)
    {
        await using var scope = ScopeFor(slug);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
        if (await db.Categories.FirstOrDefaultAsync(c => c.Name.Vi == nameVi) is { } existing) return existing.Id;
        var category = Category.Create(Tenant(slug).Id, new LocalizedText(nameVi, nameEn, nameEn + " (fr)", null), 1000).Value!;
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    }

    /// <summary>A product of <paramref name="slug"/>, published unless <paramref name="publish"/> is false (a draft).</summary>
    public async Task<Seeded> ProductAsync(string slug, string nameEn, CategoryId category, long priceVnd = 250_000, int moq = 50,
        string materialVi = "Gốm men lam", string materialEn = "Blue-glazed stoneware", bool publish = true, int makers = 2,
        IReadOnlyList<MemberId>? makerIds = null, UnitOfSale? unit = null)
    {
        var nameVi = "Sản phẩm " + nameEn;
        await using var scope = ScopeFor(slug);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
        var members = makerIds ?? [.. (await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(default))
            .Where(m => m.Status == MemberStatus.Active).Take(makers).Select(m => m.Id)];
        var details = new ProductDetails(category, null, new LocalizedText(nameVi, nameEn),
            new LocalizedText("Mô tả " + nameVi, "Hand-made " + nameEn + " from the village."),
            new LocalizedText(materialVi, materialEn), new LocalizedText("Vẽ tay", "Hand-painted"),
            new Dimensions(20, 20, 30), 1200, ["blue", "white"], [], "Đất sét Trúc Thôn", "Carton, 6 per box", "6913.10",
            "Bát Tràng, Gia Lâm, Hà Nội", new Money(priceVnd, Currency.VND),
            [new PriceTier(moq * 4, new Money(priceVnd * 9 / 10, Currency.VND)), new PriceTier(moq * 10, new Money(priceVnd * 8 / 10, Currency.VND))],
            moq, moq % 10 == 0 ? 10 : 1, 30, members) { UnitCode = (unit ?? UnitOfSale.Piece).Code };
        var now = DateTimeOffset.UtcNow;
        var admin = Actor.System("storefront tests");
        var product = Product.Create(Tenant(slug).Id, details, admin, now);
        product.IsSuccess.ShouldBeTrue(product.Error?.ToString());
        if (publish)
        {
            product.Value!.Submit(admin, now).IsSuccess.ShouldBeTrue();
            product.Value!.Approve(admin, now).IsSuccess.ShouldBeTrue();
        }
        db.Products.Add(product.Value!);
        await db.SaveChangesAsync();
        return new Seeded(product.Value!.Id, nameEn, nameVi, category);
    }

    public ResolvedTenant Tenant(string slug) => Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)!;

    public AsyncServiceScope ScopeFor(string slug)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant(slug).Id, slug);
        return scope;
    }

    /// <summary>A browser-like client: a language preference, cookies kept, redirects not followed.</summary>
    public HttpClient Browser(string? slug, string? acceptLanguage = null)
    {
        var client = ClientFor(slug);
        if (acceptLanguage is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return client;
    }

    public static async Task<string> Html(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body.Length > 2000 ? body[..2000] : body);
        return body;
    }
}
