using System.Globalization;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Data;
using CraftMarket.Tenancy.Features.Tenants;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CraftMarket.Tenancy.Tests;

/// <summary>
/// At-least-once delivery with idempotent consumers: a crash between the consumer's commit and
/// the outbox mark, or a consumer failure, never loses an event and never applies it twice.
/// The process "dies" by having its cancellation token pulled mid-delivery, as a shutdown would.
/// </summary>
public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-23T08:00:00Z", CultureInfo.InvariantCulture));
    private readonly CraftMarketApp app = new(seedDemo: false, extra: new Dictionary<string, string?> { ["CraftMarket:Role"] = "web" });
    private readonly WebApplicationFactoryWithConsumer host;

    public OutboxDeliveryTests() => host = new WebApplicationFactoryWithConsumer(app, clock);

    /// <summary>A consumer whose effect is its own processed-message row, so "applied" is countable in the database.</summary>
    internal sealed class AuditConsumer(TenancyDb db, TimeProvider clock, ConsumerScript script) : IIntegrationEventHandler<TenantChanged>
    {
        public async Task Handle(TenantChanged @event, CancellationToken ct)
        {
            script.Calls++;
            if (script.FailNext) { script.FailNext = false; throw new InvalidOperationException("consumer's downstream is down"); }
            if (await db.AlreadyProcessedAsync(@event.EventId, nameof(AuditConsumer), ct)) return;
            db.MarkProcessed(@event.EventId, nameof(AuditConsumer), clock);
            await db.SaveChangesAsync(ct);
            script.AfterCommit?.Invoke();
        }
    }

    internal sealed class ConsumerScript
    {
        public int Calls;
        public bool FailNext;
        public Action? AfterCommit;
    }

    internal sealed class WebApplicationFactoryWithConsumer(CraftMarketApp inner, TimeProvider clock)
    {
        public readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory = inner.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.AddSingleton(clock);
            s.AddSingleton<ConsumerScript>();
            s.AddScoped<IIntegrationEventHandler<TenantChanged>, AuditConsumer>();
        }));
        public IServiceProvider Services => Factory.Services;
    }

    private async Task CreateTenant()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ManageTenants>().CreateAsync(new TenantInput(
            "minh-lang", "Thêu Minh Lãng", "Minh Lang Embroidery", [], "vi", ["vi", "en"], [], null,
            new BrandInput("Thêu Minh Lãng", null, null, null, null, null, null, null, null, null)), default);
        created.IsSuccess.ShouldBeTrue();
    }

    private async Task<(int applied, int pending)> Counts()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TenancyDb>();
        return (await db.ProcessedMessages.CountAsync(m => m.Consumer == nameof(AuditConsumer)),
                await db.Outbox.CountAsync(m => m.ProcessedAt == null && m.Name == "tenancy.tenant-changed"));
    }

    private OutboxDispatcher<TenancyDb> Dispatcher => host.Services.GetRequiredService<OutboxDispatcher<TenancyDb>>();

    [Fact]
    public async Task Crash_after_the_consumer_committed_redelivers_and_the_consumer_applies_it_once()
    {
        await CreateTenant();
        (await Counts()).pending.ShouldBe(1, "TenantChanged was written with the tenant");

        using var dying = new CancellationTokenSource();
        var script = host.Services.GetRequiredService<ConsumerScript>();
        script.AfterCommit = dying.Cancel;            // the process dies right after the consumer's commit
        await Should.ThrowAsync<OperationCanceledException>(() => Dispatcher.DispatchDueAsync(dying.Token));
        (await Counts()).ShouldBe((1, 1), "the effect happened but the outbox never heard back");

        script.AfterCommit = null;                    // restart: a fresh dispatcher delivers again
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        script.Calls.ShouldBe(2);
        (await Counts()).ShouldBe((1, 0));
    }

    [Fact]
    public async Task A_failing_consumer_is_retried_with_back_off_until_it_succeeds()
    {
        await CreateTenant();
        var script = host.Services.GetRequiredService<ConsumerScript>();
        script.FailNext = true;
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        (await Counts()).ShouldBe((0, 1));

        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        (await Counts()).ShouldBe((0, 1), "not due again until its back-off has passed");

        clock.Advance(TimeSpan.FromSeconds(3));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        (await Counts()).ShouldBe((1, 0));
    }

    public void Dispose()
    {
        host.Factory.Dispose();
        app.Dispose();
    }
}
