using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CraftMarket.Web.Tests.Events;

public enum KilnState { Cold, Firing, Cooling }

/// <summary>A kiln firing at a workshop: the event the bench publishes and consumes.</summary>
[EventName("bench.kiln-fired")]
public sealed record KilnFired(Guid EventId, TenantId TenantId, KilnState State) : ITenantEvent;

/// <summary>A tenant-owned row a consumer writes: the SaveChanges guard refuses it unless the scope's tenant is the event's.</summary>
internal sealed class Firing : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public TenantId TenantId { get; set; }
    public KilnState State { get; set; }
}

internal sealed class BenchDb(DbContextOptions<BenchDb> options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    protected override string Schema => "bench";
    public DbSet<Firing> Firings => Set<Firing>();
    protected override void ConfigureModule(ModelBuilder model) => model.Entity<Firing>().ToTable("firings");
}

/// <summary>What consumers saw, and what the next delivery should do.</summary>
internal sealed class Journal
{
    public readonly List<(KilnState State, TenantId? Tenant, string? Slug, int Attempt)> Seen = [];
    public int FailuresToCome;
}

internal sealed class KilnConsumer(BenchDb db, ITenantContext tenant, MessageDelivery delivery, Journal journal)
    : IIntegrationEventHandler<KilnFired>
{
    public async Task Handle(KilnFired e, CancellationToken ct)
    {
        journal.Seen.Add((e.State, tenant.TenantId, tenant.Slug, delivery.Attempt));
        if (journal.FailuresToCome > 0) { journal.FailuresToCome--; throw new InvalidOperationException($"kiln sensor offline (attempt {delivery.Attempt})"); }
        db.Firings.Add(new Firing { TenantId = e.TenantId, State = e.State });
        await db.SaveChangesAsync(ct);
    }
}

internal sealed class FixedSlugs(TenantId id, string slug) : ITenantSlugs
{
    public string? SlugOf(TenantId tenant) => tenant == id ? slug : null;
}

/// <summary>
/// The shared kernel's outbox on a module context of its own, in a real SQLite file (or a real
/// PostgreSQL database), with no host: dispatch is driven by the test, time by a fake clock.
/// </summary>
internal sealed class EventBench : IAsyncDisposable
{
    public static readonly TenantId BatTrang = TenantId.New();

    private readonly ServiceProvider services;
    public readonly FakeTimeProvider Clock;

    public EventBench(string connectionString, bool postgres, Action<IServiceCollection> consumers, int maxAttempts = 12, FakeTimeProvider? clock = null,
        Action<OutboxOptions>? outbox = null)
    {
        Clock = clock ?? new FakeTimeProvider(DateTimeOffset.Parse("2026-12-06T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var s = new ServiceCollection();
        s.AddLogging();
        s.AddSingleton<TimeProvider>(Clock);
        s.AddScoped<TenantContext>();
        s.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        s.AddSingleton<ITenantSlugs>(new FixedSlugs(BatTrang, "bat-trang"));
        s.AddDbContext<BenchDb>(o => { if (postgres) o.UseNpgsql(connectionString); else o.UseSqlite(connectionString); });
        s.AddSingleton(new ModuleDatabase(typeof(BenchDb), "bench"));
        s.AddOutbox<BenchDb>(new ProcessRole(ServesRequests: true, RunsBackgroundWork: false));
        s.Configure<OutboxOptions>(o => { o.MaxAttempts = maxAttempts; outbox?.Invoke(o); });
        s.AddSingleton<Journal>();
        consumers(s);
        services = s.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<BenchDb>().Database.EnsureCreated();
    }

    public static string SqliteFile() => $"Data Source={Path.Combine(Path.GetTempPath(), $"cm-events-{Guid.NewGuid():N}.db")};Default Timeout=30";

    public Journal Journal => services.GetRequiredService<Journal>();
    public DeadLetters DeadLetters => services.GetRequiredService<DeadLetters>();
    public IServiceProvider Services => services;

    public OutboxDispatcher<BenchDb> Dispatcher => services.GetRequiredService<OutboxDispatcher<BenchDb>>();

    public Task<int> DispatchAsync() => Dispatcher.DispatchDueAsync(CancellationToken.None);

    /// <summary>Many events in one save, each a tick of the clock after the one before (a strict order of occurrence).</summary>
    public async Task PublishAllAsync(IEnumerable<IIntegrationEvent> events)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
        foreach (var e in events)
        {
            db.Outbox.Add(e, Clock);
            Clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        await db.SaveChangesAsync();
    }

    public async Task PublishAsync(IIntegrationEvent e)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
        db.Outbox.Add(e, Clock);
        await db.SaveChangesAsync();
    }

    public async Task<T> InDb<T>(Func<BenchDb, Task<T>> read)
    {
        await using var scope = services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<BenchDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
