using BenchmarkDotNet.Attributes;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CraftMarket.Benchmarks;

/// <summary>
/// The public listing's query handler (what the storefront's listing page and the public API run)
/// over 10,000 published products in one village, with a second village of 10,000 in the same
/// SQLite file so the tenant filter has something to skip. Claims to check: a first page, a deep
/// page, each filter and sort cost about the same (an index walk, about a millisecond); counts and
/// facets are recomputed only after a change (ListingCache).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CatalogueListingBenchmarks
{
    private const int Products = 10_000;
    private string file = "";
    private SqliteCatalogueDb db = null!;
    private BrowseCatalogue browse = null!;
    private CategoryId category;
    private TenantId village;
    private readonly CatalogueVersions versions = new();

    [GlobalSetup]
    public void Setup()
    {
        file = Path.Combine(Path.GetTempPath(), $"catalogue-bench-{Guid.NewGuid():N}.db");
        var village = TenantId.New();
        Seed(TenantId.New(), "other");
        db = Open(village, "village");
        var context = Context(village, "village");
        this.village = village;
        var cache = new ListingCache(new MemoryCache(new MemoryCacheOptions()), versions);
        browse = new BrowseCatalogue(db, context, new PublicCategories(db, context, cache), new PublicProducts(db, context, new NoMembers()), cache);
        Seed(village, "village");
        category = db.Categories.AsNoTracking().OrderBy(c => c.Position).First().Id;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Benchmark(Baseline = true)]
    public Task<int> NewestFirstPage() => Count(new BrowseQuery(PageSize: 24));

    /// <summary>The first request after a publication: totals and facets recounted (two GROUP BYs and a COUNT).</summary>
    [Benchmark]
    public Task<int> NewestFirstPageAfterAChange()
    {
        versions.Bump(village);
        return Count(new BrowseQuery(PageSize: 24));
    }

    [Benchmark]
    public Task<int> NewestPage200() => Count(new BrowseQuery(Page: 200, PageSize: 24));

    [Benchmark]
    public Task<int> CategoryByPriceAscending() => Count(new BrowseQuery(Category: category, Sort: BrowseSorts.PriceAscending, PageSize: 24));

    [Benchmark]
    public Task<int> MaterialAndPriceRange() => Count(new BrowseQuery(Material: "Sứ", MinPriceVnd: 100_000, MaxPriceVnd: 500_000, PageSize: 24));

    [Benchmark]
    public async Task<int> Featured() => (await browse.Featured(8, default)).Count;

    private async Task<int> Count(BrowseQuery query) => (await browse.Browse(query, default)).Value!.Items.Count;

    private void Seed(TenantId tenant, string slug)
    {
        using var seeding = Open(tenant, slug);
        if (slug == "other") seeding.Database.Migrate();
        var categories = Enumerable.Range(1, 8).Select(i => Category.Create(tenant, new LocalizedText($"Nhóm {i}", $"Category {i}"), i).Value!).ToList();
        seeding.Categories.AddRange(categories);
        string[] materials = ["Sứ", "Gốm sành", "Đất nung", "Lụa tơ tằm", "Gỗ gụ"];
        var admin = Actor.System("bench");
        var start = DateTimeOffset.UtcNow.AddDays(-Products);
        for (var i = 0; i < Products; i++)
        {
            var price = 20_000 + i % 997 * 1_000L;
            var details = new ProductDetails(categories[i % 8].Id, $"{slug}-{i}", new LocalizedText($"Sản phẩm {i}", $"Product {i}"),
                new LocalizedText("Mô tả", "Description"), new LocalizedText(materials[i % 5], materials[i % 5] + " (en)"), LocalizedText.Empty,
                Dimensions.Unknown, null, [], [], null, null, "691390", null, new Money(price, Currency.VND), [new PriceTier(100, new Money(price * 9 / 10, Currency.VND))], 10 * (1 + i % 5), 10, 30,
                [MemberId.New()]);
            var product = Product.Create(tenant, details, admin, start.AddMinutes(i)).Value!;
            product.Submit(admin, start.AddMinutes(i));
            product.Approve(admin, start.AddMinutes(i));
            seeding.Products.Add(product);
            if (i % 1000 == 999) { seeding.SaveChanges(); seeding.ChangeTracker.Clear(); }
        }
    }

    private SqliteCatalogueDb Open(TenantId tenant, string slug) =>
        new(new DbContextOptionsBuilder<SqliteCatalogueDb>().UseSqlite($"Data Source={file}", x => x.MigrationsHistoryTable("__ef_migrations_history_catalogue")).Options,
            Context(tenant, slug));

    private static TenantContext Context(TenantId tenant, string slug)
    {
        var context = new TenantContext();
        context.Set(tenant, slug);
        return context;
    }

    private sealed class NoMembers : IMemberDirectory
    {
        public Task<MemberSummary?> FindAsync(MemberId id, CancellationToken ct) => Task.FromResult<MemberSummary?>(null);
        public Task<IReadOnlyList<MemberSummary>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<MemberSummary>>([]);
        public Task<IReadOnlyList<MakerProfile>> MakersAsync(IReadOnlyCollection<MemberId> ids, CancellationToken ct) => Task.FromResult<IReadOnlyList<MakerProfile>>([]);
    }
}
