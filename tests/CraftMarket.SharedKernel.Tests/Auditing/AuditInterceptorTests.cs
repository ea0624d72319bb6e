using System.Text.Json;
using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Tests.Auditing;

/// <summary>
/// The audit interceptor on a module context registered as every module's is (AddModuleDb, a real SQLite file): an
/// audited row's save carries its <see cref="AuditRecorded"/> in the same outbox; sensitive values never travel.
/// </summary>
public sealed class AuditInterceptorTests : IDisposable
{
    [Audited("members", Ignore = new[] { nameof(Counter) })]
    internal sealed class Household : ITenantOwned
    {
        public Guid Id { get; set; } = Guid.NewGuid();
        public TenantId TenantId { get; set; }
        public string DisplayName { get; set; } = "";
        public string PhoneE164 { get; set; } = "";
        public string BankAccountNumber { get; set; } = "";
        [NotAudited] public string Nickname { get; set; } = "";
        public int Kilns { get; set; }
        public int Counter { get; set; }
        public DateTimeOffset UpdatedAt { get; set; }
        public int Revision { get; set; }
        public List<Tool> Tools { get; set; } = [];
    }

    internal sealed class Tool
    {
        public string Name { get; set; } = "";
    }

    /// <summary>Not marked: never audited.</summary>
    internal sealed class Scan : ITenantOwned
    {
        public Guid Id { get; set; } = Guid.NewGuid();
        public TenantId TenantId { get; set; }
        public string Where { get; set; } = "";
    }

    internal sealed class VillageDb(DbContextOptions<VillageDb> options, ITenantContext tenant) : ModuleDbContext(options, tenant)
    {
        protected override string Schema => "village";
        public DbSet<Household> Households => Set<Household>();
        public DbSet<Scan> Scans => Set<Scan>();

        protected override void ConfigureModule(ModelBuilder model)
        {
            model.Entity<Household>(e =>
            {
                e.ToTable("households");
                e.Property(h => h.Revision).IsConcurrencyToken();
                e.HasIndex(h => h.DisplayName).IsUnique();
                e.OwnsMany(h => h.Tools, o => o.ToJson("tools"));
            });
            model.Entity<Scan>().ToTable("scans");
        }
    }

    private sealed class FixedActor : IAuditActor
    {
        public AuditActor Current { get; set; } = new(Guid.NewGuid(), "Chị Lan (admin)", false);
    }

    private readonly string file = Path.Combine(Path.GetTempPath(), $"cm-audit-{Guid.NewGuid():N}.db");
    private readonly TenantId batTrang = TenantId.New();
    private readonly ServiceProvider services;
    private readonly FixedActor actor = new();

    public AuditInterceptorTests()
    {
        var collection = new ServiceCollection();
        collection.AddScoped<TenantContext>();
        collection.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        collection.AddSingleton<IAuditActor>(actor);
        collection.AddModuleDb<VillageDb, VillageDb, VillageDb>(new DatabaseOptions { ConnectionString = $"Data Source={file}" }, "village");
        services = collection.BuildServiceProvider();
        using var scope = Scope();
        scope.ServiceProvider.GetRequiredService<VillageDb>().Database.EnsureCreated();
    }

    public void Dispose()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    private AsyncServiceScope Scope()
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(batTrang, "bat-trang");
        return scope;
    }

    private async Task<List<AuditRecorded>> Recorded()
    {
        await using var scope = Scope();
        var rows = await scope.ServiceProvider.GetRequiredService<VillageDb>().Outbox.AsNoTracking().ToListAsync();
        return [.. rows.Where(m => m.Name == "shared.audit-recorded" && m.Version == 1)
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Select(m => JsonSerializer.Deserialize<AuditRecorded>(m.Payload, OutboxJson.Options)!)];
    }

    private async Task<Guid> NewHousehold(string name = "Hộ Minh")
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<VillageDb>();
        var household = new Household
        {
            TenantId = batTrang, DisplayName = name, PhoneE164 = "+84912345678", BankAccountNumber = "0011004455667", Nickname = "Minh béo", Kilns = 2,
        };
        db.Households.Add(household);
        await db.SaveChangesAsync();
        return household.Id;
    }

    private async Task Change(Guid id, Action<Household> change)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<VillageDb>();
        change(await db.Households.SingleAsync(h => h.Id == id));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_new_audited_row_is_recorded_in_the_same_outbox_with_who_what_and_no_sensitive_value()
    {
        await NewHousehold();
        await using (var scope = Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VillageDb>();
            db.Scans.Add(new Scan { TenantId = batTrang, Where = "Hà Nội" });
            await db.SaveChangesAsync();
        }

        var created = (await Recorded()).ShouldHaveSingleItem();
        created.TenantId.ShouldBe(batTrang);
        created.ActorUserId.ShouldBe(actor.Current.UserId);
        created.ActorName.ShouldBe("Chị Lan (admin)");
        created.BySystem.ShouldBeFalse();
        created.Area.ShouldBe("members");
        created.Action.ShouldBe(AuditActions.Created);
        created.Kind.ShouldBe("Household");
        created.Subject.ShouldBe("Hộ Minh");
        created.Fields.ShouldContain(new AuditedField("DisplayName", null, "Hộ Minh"));
        created.Fields.ShouldContain(new AuditedField("Kilns", null, "2"));
        var text = JsonSerializer.Serialize(created);
        foreach (var secret in new[] { "912345678", "0011004455667", "Minh béo" }) text.ShouldNotContain(secret);
    }

    [Fact]
    public async Task A_change_records_old_to_new_and_only_that_a_sensitive_field_changed()
    {
        var id = await NewHousehold();
        await Change(id, h =>
        {
            h.DisplayName = "Hộ Minh Anh";
            h.Kilns = 3;
            h.PhoneE164 = "+84987654321";
            h.BankAccountNumber = "9988776655";
            h.Nickname = "Anh gầy";
            h.UpdatedAt = DateTimeOffset.UtcNow;
            h.Revision++;
        });

        var changed = (await Recorded()).Last();
        changed.Action.ShouldBe(AuditActions.Changed);
        changed.Subject.ShouldBe("Hộ Minh Anh");
        changed.Fields.ShouldBe([
            new AuditedField("BankAccountNumber", null, null, Redacted: true),
            new AuditedField("DisplayName", "Hộ Minh", "Hộ Minh Anh"),
            new AuditedField("Kilns", "2", "3"),
            new AuditedField("Nickname", null, null, Redacted: true),
            new AuditedField("PhoneE164", null, null, Redacted: true),
        ], ignoreOrder: true);
        var text = JsonSerializer.Serialize(changed);
        foreach (var secret in new[] { "912345678", "987654321", "9988776655", "0011004455667", "Anh gầy", "Minh béo" }) text.ShouldNotContain(secret);
    }

    [Fact]
    public async Task Bookkeeping_alone_records_nothing_a_deletion_records_the_row_and_a_json_part_is_its_owners_change()
    {
        var id = await NewHousehold();
        await Change(id, h => { h.Counter++; h.UpdatedAt = DateTimeOffset.UtcNow; h.Revision++; });
        (await Recorded()).Count.ShouldBe(1, "only the creation: an ignored counter, the timestamp and the revision are nobody's act");

        await Change(id, h => h.Tools.Add(new Tool { Name = "lò ga" }));
        var part = (await Recorded()).Last();
        part.Action.ShouldBe(AuditActions.Changed);
        part.Fields.ShouldBe([new AuditedField("Tools", null, null, Redacted: true)]);

        await using (var scope = Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VillageDb>();
            db.Households.Remove(await db.Households.SingleAsync(h => h.Id == id));
            await db.SaveChangesAsync();
        }
        var deleted = (await Recorded()).Last();
        deleted.Action.ShouldBe(AuditActions.Deleted);
        deleted.Subject.ShouldBe("Hộ Minh");
        JsonSerializer.Serialize(deleted).ShouldNotContain(id.ToString(), customMessage: "ids stay in the module's own events");
    }

    [Fact]
    public async Task A_failed_save_takes_its_audit_back_so_the_retry_records_once()
    {
        await NewHousehold("Hộ Trùng");
        await using (var scope = Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VillageDb>();
            var clash = new Household { TenantId = batTrang, DisplayName = "Hộ Trùng" };
            db.Households.Add(clash);
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
            clash.DisplayName = "Hộ Mới";
            await db.SaveChangesAsync();
        }
        var recorded = await Recorded();
        recorded.Select(r => r.Subject).ShouldBe(["Hộ Trùng", "Hộ Mới"]);
    }

    [Fact]
    public async Task Background_work_is_named_and_quiet_work_is_not_recorded()
    {
        actor.Current = new AuditActor(null, "quote expiry", true);
        var id = await NewHousehold();
        var recorded = (await Recorded()).ShouldHaveSingleItem();
        recorded.ActorUserId.ShouldBeNull();
        recorded.ActorName.ShouldBe("quote expiry");
        recorded.BySystem.ShouldBeTrue();

        using (AuditTrail.Quiet()) await Change(id, h => h.Kilns = 9);
        (await Recorded()).Count.ShouldBe(1);
        await Change(id, h => h.Kilns = 10);
        (await Recorded()).Last().Fields.ShouldBe([new AuditedField("Kilns", "9", "10")]);
    }
}
