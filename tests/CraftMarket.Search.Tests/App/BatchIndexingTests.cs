using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Search.Indexing;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Tests.App;

/// <summary>
/// The batch consumers (ADR 0076), handed batches as the outbox's batch delivery does (one scope,
/// the events' association), on the same started site as the one-by-one tests, read back through
/// the public API.
/// </summary>
public sealed partial class IndexingThroughOutboxTests
{
    [Fact]
    public async Task A_batch_of_published_events_indexes_each_product_once_and_the_later_change_wins()
    {
        var amphora = Make("bat-trang", "Lọ gốm lô một", "Batchwise amphora early");
        var revised = Renamed(amphora, "Batchwise amphora revised", minutes: 5);
        var stale = Renamed(amphora, "Batchwise amphora stale", minutes: -5);
        var beaker = Make("bat-trang", "Cốc gốm lô một", "Batchwise beaker first");
        // Same catalogue version, published later in the batch: the later one wins.
        var beakerAgain = Renamed(beaker, "Batchwise beaker second", minutes: 0);

        await Published(Event(amphora), Event(beaker), Event(revised), Event(beakerAgain), Event(stale));

        var found = await English("q=batchwise");
        found.GetProperty("total").GetInt64().ShouldBe(2, "each product once");
        Names(found).ShouldBe(["Batchwise amphora revised", "Batchwise beaker second"], ignoreOrder: true);
    }

    [Fact]
    public async Task Withdrawals_in_a_batch_remove_their_products_and_redelivered_batches_change_nothing()
    {
        var tumblers = Enumerable.Range(1, 3).Select(i => Make("bat-trang", $"Cốc lặp {i}", $"Redelivered tumbler {i}")).ToList();
        ProductPublished[] published = [.. tumblers.Select(Event)];
        await Published(published);
        await Published(published);   // the whole batch delivered again after a crash
        (await English("q=redelivered+tumbler")).GetProperty("total").GetInt64().ShouldBe(3);

        ProductWithdrawn[] withdrawn = [Withdrawn(tumblers[0]), Withdrawn(tumblers[1]), Withdrawn(tumblers[0])];
        await WithdrawnBatch(withdrawn);
        await WithdrawnBatch(withdrawn);
        Names(await English("q=redelivered+tumbler")).ShouldBe(["Redelivered tumbler 3"]);
    }

    [Fact]
    public async Task A_batch_takes_covers_stored_before_it_and_refuses_to_span_associations()
    {
        var cup = Make("bat-trang", "Chén lô có ảnh", "Batchcover teacup");
        await app.Publish(new ProductCoverChanged(Guid.NewGuid(), cup.TenantId, cup.Id, PhotoId.New(), "/media/batch-cover.jpg"));
        await WaitUntil(db => db.Covers.IgnoreQueryFilters().AnyAsync(c => c.ProductId == cup.Id.Value));

        var scarf = Make("van-phuc", "Khăn lô khác làng", "Batchcover scarf");
        await Should.ThrowAsync<InvalidOperationException>(() => Published(Event(cup), Event(scarf)));

        await Published(Event(cup));
        var hit = (await English("q=batchcover+teacup")).GetProperty("hits")[0];
        hit.GetProperty("productId").GetString().ShouldBe(cup.Id.ToString());
        hit.GetProperty("coverImage").GetString().ShouldBe("/media/batch-cover.jpg");
    }

    private static PublishedProduct Renamed(PublishedProduct p, string english, int minutes) => p with
    {
        Name = new Dictionary<string, string> { ["vi"] = p.Name["vi"], ["en"] = english },
        UpdatedAt = p.UpdatedAt.AddMinutes(minutes),
    };

    private static ProductPublished Event(PublishedProduct p) => new(Guid.NewGuid(), p.TenantId, p);

    private static ProductWithdrawn Withdrawn(PublishedProduct p) => new(Guid.NewGuid(), p.TenantId, p.Id);

    private Task Published(params ProductPublished[] events) => Batch<ProductPublished, ProductPublishedConsumer>(events);

    private Task WithdrawnBatch(params ProductWithdrawn[] events) => Batch<ProductWithdrawn, ProductWithdrawnConsumer>(events);

    private async Task Batch<TEvent, TConsumer>(TEvent[] events) where TEvent : ITenantEvent where TConsumer : class, IIntegrationEventBatchHandler<TEvent>
    {
        await using var scope = app.Services.CreateAsyncScope();
        var slug = app.Services.GetRequiredService<Tenancy.Contracts.ITenantDirectory>().FindById(events[0].TenantId)?.Slug ?? "";
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(events[0].TenantId, slug);
        var consumer = scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>().OfType<TConsumer>().Single();
        await consumer.HandleBatch(events, default);
    }

    private async Task<JsonElement> English(string query)
    {
        var client = app.ClientFor("bat-trang");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return await client.GetFromJsonAsync<JsonElement>($"/api/search?{query}");
    }

    private static List<string> Names(JsonElement result) =>
        [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("name").GetString()!)];
}
