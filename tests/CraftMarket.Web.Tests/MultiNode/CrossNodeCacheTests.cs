using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Caching.Signals;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.MultiNode;

/// <summary>
/// ADR 0077: a change committed on one node reaches the other's tenant registry and kept storefront
/// pages within about a second, through PostgreSQL LISTEN/NOTIFY or Redis pub/sub; the tenant poll is
/// set to an hour, so nothing else can pass these tests.
/// </summary>
[Collection(NodesCollection.Name)]
public sealed class CrossNodeCacheTests(Nodes nodes)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_brand_change_through_node_A_shows_on_node_B_within_two_seconds()
    {
        nodes.B.Services.GetRequiredService<IClusterSignals>().Transport.ShouldBe("postgres");
        var before = await Home(nodes.B, "van-phuc");   // now kept in B's page cache
        before.ShouldContain("--brand-primary:");
        before.ShouldNotContain("--brand-primary:#0a5c36");

        await ChangeBrandAsync(nodes.A, "van-phuc", "#0a5c36");

        var seen = await Eventually.ReadAsync(() => Home(nodes.B, "van-phuc"), html => html.Contains("--brand-primary:#0a5c36", StringComparison.Ordinal), Within);
        seen.ShouldContain("--brand-primary:#0a5c36", customMessage: "B's kept page and tenant registry were refreshed by A's signal");
    }

    [Fact]
    public async Task A_storefront_eviction_on_node_A_drops_the_same_pages_on_node_B()
    {
        var village = Village(nodes.B, "bat-trang");
        var product = (Guid)(await nodes.SqlAsync(
            """SELECT "Id" FROM catalogue.products WHERE "TenantId" = $1 AND "Status" = 'Published' ORDER BY "Id" LIMIT 1""", village.Value))!;
        var page = $"/products/{product}";
        await nodes.A.WaitForOutboxesAsync();   // A's own consumers' commits drop pages too: let them settle first
        // A changes the product behind B's back, then drops its pages as a commit there would (StorefrontWritesInterceptor).
        // Anything else that drops B's pages meanwhile (a late signal of an earlier change) would let B show the edit
        // unprompted: then the round is repeated with a new name, until B is seen serving its kept page.
        var renamed = "";
        var generation = "";
        for (var round = 1; round <= 5 && renamed.Length == 0; round++)
        {
            var name = $"Bình gốm đổi tên {round}";
            (await Page(nodes.B, "bat-trang", page)).ShouldNotContain(name);   // kept on B
            generation = nodes.B.Services.GetRequiredService<StorefrontGenerations>().Of(village);
            await nodes.SqlAsync("""UPDATE catalogue.products SET "NameVi" = $1 WHERE "Id" = $2""", name, product);
            if (!(await Page(nodes.B, "bat-trang", page)).Contains(name, StringComparison.Ordinal)) renamed = name;
        }
        renamed.ShouldNotBeEmpty("B never kept its page long enough to be asked");
        await nodes.A.Services.GetRequiredService<IStorefrontCache>().EvictAsync([village], default);

        var seen = await Eventually.ReadAsync(() => Page(nodes.B, "bat-trang", page), html => html.Contains(renamed, StringComparison.Ordinal), Within);
        seen.ShouldContain(renamed);
        nodes.B.Services.GetRequiredService<StorefrontGenerations>().Of(village).ShouldNotBe(generation, "data kept under B's storefront generation is retired too");
    }

    [Fact]
    public async Task After_a_lost_signal_connection_node_B_reloads_everything()
    {
        var signals = nodes.B.Services.GetRequiredService<PostgresClusterSignals>();
        var listener = signals.ListenerProcessId;
        listener.ShouldBeGreaterThan(0);
        (await Home(nodes.B, "dong-ky")).ShouldNotContain("--brand-primary:#4a0d67");

        // A change no signal announces (a hand edit); then B's listening connection dies, as on a network cut.
        await nodes.SqlAsync("""
            UPDATE tenancy.tenants SET "Brand" = jsonb_set("Brand"::jsonb, '{primaryColor}', '"#4a0d67"')::text, "UpdatedAt" = now()
            WHERE "Slug" = 'dong-ky'
            """);
        (await Home(nodes.B, "dong-ky")).ShouldNotContain("--brand-primary:#4a0d67", customMessage: "nothing told B yet");
        (await nodes.SqlAsync("SELECT pg_terminate_backend($1)", listener)).ShouldBe(true);

        var seen = await Eventually.ReadAsync(() => Home(nodes.B, "dong-ky"), html => html.Contains("--brand-primary:#4a0d67", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        seen.ShouldContain("--brand-primary:#4a0d67", customMessage: "on reconnecting, B may have missed signals: it reloads tenants and drops every page");
        signals.ListenerProcessId.ShouldNotBe(listener);
    }

    [Fact]
    public async Task Through_redis_a_brand_change_and_an_eviction_reach_the_other_node()
    {
        var (c, d) = await nodes.RedisPairAsync();
        d.Services.GetRequiredService<IClusterSignals>().Transport.ShouldBe("redis", "Redis wins when both it and PostgreSQL are configured");
        (await Home(d, "van-phuc")).ShouldNotContain("--brand-primary:#7b3f00");

        await ChangeBrandAsync(c, "van-phuc", "#7b3f00");

        var seen = await Eventually.ReadAsync(() => Home(d, "van-phuc"), html => html.Contains("--brand-primary:#7b3f00", StringComparison.Ordinal), Within);
        seen.ShouldContain("--brand-primary:#7b3f00");

        var village = Village(d, "dong-ky");
        var generation = d.Services.GetRequiredService<StorefrontGenerations>().Of(village);
        await c.Services.GetRequiredService<IStorefrontCache>().EvictAsync([village], default);
        var after = await Eventually.ReadAsync(() => Task.FromResult(d.Services.GetRequiredService<StorefrontGenerations>().Of(village)),
            g => g != generation, Within);
        after.ShouldNotBe(generation, "D dropped dong-ky's pages on C's signal");
    }

    private static async Task ChangeBrandAsync(CraftMarketApp node, string slug, string primary)
    {
        var api = await node.ClientFor(slug).SignedInAs(Auth.AssociationAdmin(slug));
        var brand = (await api.GetFromJsonAsync<JsonObject>("/api/association/brand"))!;
        brand["primaryColor"] = primary;
        var saved = await api.PutAsJsonAsync("/api/association/brand", brand);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    private static TenantId Village(CraftMarketApp node, string slug) =>
        node.Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)!.Id;

    private static Task<string> Home(CraftMarketApp node, string slug) => Page(node, slug, "/");

    /// <summary>An anonymous buyer: the page is kept (and served from) the node's storefront cache.</summary>
    private static async Task<string> Page(CraftMarketApp node, string slug, string path)
    {
        using var client = node.ClientFor(slug, followRedirects: true);
        return await client.GetStringAsync(path);
    }
}
