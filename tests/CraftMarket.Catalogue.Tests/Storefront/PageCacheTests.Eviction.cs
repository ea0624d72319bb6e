using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>
/// What drops a village's kept pages (ADR 23): a committed change to a kind of row storefront
/// pages render, and nothing else. And what a page's entry varies by: the query names it declares.
/// </summary>
public sealed partial class PageCacheTests
{
    private async Task<string> KeptListing(string slug, string path)
    {
        await Get(slug, path);
        Cached(await Get(slug, path)).ShouldBeTrue("kept before the write");
        return path;
    }

    private async Task<(AsyncServiceScope Scope, CatalogueDb Db, Category Category)> CategoryToRename(string slug, string nameVi)
    {
        var id = await app.CategoryAsync(slug, nameVi, nameVi + " en");
        var scope = app.ScopeFor(slug);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
        return (scope, db, await db.Categories.SingleAsync(c => c.Id == id));
    }

    [Fact]
    public async Task A_saved_row_no_storefront_page_shows_leaves_the_pages_kept()
    {
        var listing = await KeptListing("van-phuc", "/en/products?sort=name");
        await using (var scope = app.ScopeFor("van-phuc"))
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
            var product = await db.Products.FirstAsync();
            db.Changes.Add(ProductChange.Record(product, ProductActions.Edited, Actor.System("eviction test"), DateTimeOffset.UtcNow, comment: "audit only"));
            await db.SaveChangesAsync();
        }
        Cached(await Get("van-phuc", listing)).ShouldBeTrue("an audit line is not on any storefront page");
    }

    [Fact]
    public async Task A_renamed_category_drops_the_village_pages_once_saved()
    {
        var (scope, db, category) = await CategoryToRename("van-phuc", "Khăn đổi tên");
        await using var _ = scope;
        var listing = await KeptListing("van-phuc", "/en/products?sort=newest");
        category.Rename(new LocalizedText("Khăn đổi tên", "Renamed scarves")).IsSuccess.ShouldBeTrue();
        await db.SaveChangesAsync();
        Cached(await Get("van-phuc", listing)).ShouldBeFalse("a category shows on the listing");
    }

    [Fact]
    public async Task Inside_a_transaction_the_pages_are_dropped_at_commit_not_at_save()
    {
        var (scope, db, category) = await CategoryToRename("dong-ky", "Tranh giao dịch");
        await using var _ = scope;
        var listing = await KeptListing("dong-ky", "/en/products?sort=price-asc");
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            category.Rename(new LocalizedText("Tranh giao dịch", "Committed prints")).IsSuccess.ShouldBeTrue();
            await db.SaveChangesAsync();
            Cached(await Get("dong-ky", listing)).ShouldBeTrue("not committed yet: a page rendered now would keep the old state");
            await transaction.CommitAsync();
        }
        Cached(await Get("dong-ky", listing)).ShouldBeFalse("dropped at commit");
    }

    [Fact]
    public async Task A_rolled_back_transaction_drops_nothing()
    {
        var (scope, db, category) = await CategoryToRename("dong-ky", "Tranh hoàn tác");
        await using var _ = scope;
        var listing = await KeptListing("dong-ky", "/en/products?sort=price-desc");
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            category.Rename(new LocalizedText("Tranh hoàn tác", "Rolled back prints")).IsSuccess.ShouldBeTrue();
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        Cached(await Get("dong-ky", listing)).ShouldBeTrue("nothing changed");
    }

    [Fact]
    public async Task Each_page_varies_by_the_names_it_declares_and_shares_its_entry_for_the_others()
    {
        // The member directory reads craft and kind; the listing's category means nothing to it.
        await Get("bat-trang", "/en/members?craft=zz-first");
        var other = await Get("bat-trang", "/en/members?craft=zz-second");
        Cached(other).ShouldBeFalse("a declared name: one entry per value, like /verify?code=");
        var html = await other.Content.ReadAsStringAsync();
        html.ShouldContain("value=\"zz-second\"");
        html.ShouldNotContain("zz-first", customMessage: "never one value's page for another");
        Cached(await Get("bat-trang", "/en/members?craft=zz-first&category=" + Guid.NewGuid())).ShouldBeTrue("a name the page ignores");

        // The listing reads category, not the directory's kind.
        await Get("bat-trang", "/en/products?sort=name&p=1");
        Cached(await Get("bat-trang", "/en/products?sort=name&p=1&kind=Household")).ShouldBeTrue("kind is the directory's");
    }
}
