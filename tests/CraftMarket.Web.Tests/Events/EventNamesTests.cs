using System.Text.Json;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Web.Tests.Events.Moved;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.Events;

/// <summary>Events travel under a declared name and version, so their CLR type can move; enums travel as names.</summary>
public sealed class EventNamesTests
{
    private static EventBench Bench(string file) =>
        new(file, postgres: false, s => s.AddIntegrationEventHandler<Events.KilnFired, KilnConsumer>());

    [Fact]
    public async Task The_outbox_stores_the_wire_name_version_and_enum_names_not_the_clr_type()
    {
        await using var bench = Bench(EventBench.SqliteFile());
        await bench.PublishAsync(new Events.KilnFired(Guid.NewGuid(), EventBench.BatTrang, KilnState.Firing));

        var row = await bench.InDb(db => db.Outbox.SingleAsync());
        row.Name.ShouldBe("bench.kiln-fired");
        row.Version.ShouldBe(1);
        JsonDocument.Parse(row.Payload).RootElement.GetProperty("state").GetString().ShouldBe("Firing");
        row.Payload.ShouldNotContain(typeof(Events.KilnFired).FullName!);
    }

    [Fact]
    public async Task A_message_stored_by_the_old_type_is_delivered_to_the_type_that_moved()
    {
        var file = EventBench.SqliteFile();
        await using (var before = Bench(file))
            await before.PublishAsync(new Events.KilnFired(Guid.NewGuid(), EventBench.BatTrang, KilnState.Cooling));

        // The next release: the event lives elsewhere and only the new type is registered.
        await using var after = new EventBench(file, postgres: false, s => s.AddIntegrationEventHandler<Moved.KilnFired, MovedKilnConsumer>());
        (await after.DispatchAsync()).ShouldBe(1);

        after.Journal.Seen.ShouldBe([(KilnState.Cooling, EventBench.BatTrang, "moved", 0)]);
        (await after.InDb(db => db.Outbox.SingleAsync())).ProcessedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_payload_stored_with_enum_numbers_is_still_read()
    {
        await using var bench = Bench(EventBench.SqliteFile());
        await bench.PublishAsync(new Events.KilnFired(Guid.NewGuid(), EventBench.BatTrang, KilnState.Cold));
        // As the outbox wrote enums before they travelled as names: "state":2.
        var stored = await bench.InDb(db => db.Outbox.SingleAsync());
        var numeric = stored.Payload.Replace("\"Cold\"", "2", StringComparison.Ordinal);
        numeric.ShouldContain("\"state\":2");
        await bench.InDb(db => db.Outbox.ExecuteUpdateAsync(u => u.SetProperty(m => m.Payload, numeric)));

        await bench.DispatchAsync();

        bench.Journal.Seen.Single().State.ShouldBe(KilnState.Cooling);
    }

    [Fact]
    public void An_event_without_a_name_or_with_another_events_name_is_refused_at_registration()
    {
        var services = new ServiceCollection();
        services.AddIntegrationEvent<Events.KilnFired>();
        services.AddIntegrationEvent<Events.KilnFired>();   // the same type declared by its publisher and a consumer: fine
        services.AddIntegrationEvent<KilnFiredV2>();         // a new version of the same name: fine

        Should.Throw<InvalidOperationException>(() => services.AddIntegrationEvent<Unnamed>()).Message.ShouldContain("[EventName(");
        Should.Throw<InvalidOperationException>(() => services.AddIntegrationEvent<Impostor>()).Message.ShouldContain("bench.kiln-fired v1");

        var registry = services.BuildServiceProvider().GetRequiredService<IntegrationEventRegistry>();
        registry.Find("bench.kiln-fired", 1).ShouldBe(typeof(Events.KilnFired));
        registry.Find("bench.kiln-fired", 2).ShouldBe(typeof(KilnFiredV2));
    }

    [Fact]
    public async Task A_message_whose_name_no_type_claims_is_parked_with_the_reason()
    {
        await using var bench = new EventBench(EventBench.SqliteFile(), postgres: false,
            s => s.AddIntegrationEventHandler<Events.KilnFired, KilnConsumer>(), maxAttempts: 1);
        await bench.PublishAsync(new Events.KilnFired(Guid.NewGuid(), EventBench.BatTrang, KilnState.Firing));
        await bench.InDb(db => db.Outbox.ExecuteUpdateAsync(u => u.SetProperty(m => m.Name, "CraftMarket.Old.KilnFired")));

        await bench.DispatchAsync();

        var row = await bench.InDb(db => db.Outbox.SingleAsync());
        row.DeadAt.ShouldNotBeNull();
        row.LastError.ShouldBe("Unknown integration event CraftMarket.Old.KilnFired v1.");
        bench.Journal.Seen.ShouldBeEmpty();
    }
}
