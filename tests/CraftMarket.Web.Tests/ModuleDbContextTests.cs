using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Web.Tests;

/// <summary>
/// The shared kernel's isolation rules on a module context of their own (a real SQLite file), so
/// they are proven once for every module: the query filter, the SaveChanges guard, the gateway.
/// </summary>
public sealed class ModuleDbContextTests : IDisposable
{
    internal sealed class Note : ITenantOwned
    {
        public Guid Id { get; set; } = Guid.NewGuid();
        public TenantId TenantId { get; set; }
        public string Text { get; set; } = "";
    }

    internal sealed class NotesDb(DbContextOptions<NotesDb> options, ITenantContext tenant) : ModuleDbContext(options, tenant)
    {
        protected override string Schema => "notes";
        public DbSet<Note> Notes => Set<Note>();
        protected override void ConfigureModule(ModelBuilder model) => model.Entity<Note>().ToTable("notes");
    }

    private readonly string file = Path.Combine(Path.GetTempPath(), $"cm-kernel-{Guid.NewGuid():N}.db");
    private readonly TenantId batTrang = TenantId.New(), vanPhuc = TenantId.New();

    private NotesDb Db(TenantId? tenant)
    {
        var context = new TenantContext();
        if (tenant is { } t) context.Set(t, t == batTrang ? "bat-trang" : "van-phuc");
        var db = new NotesDb(new DbContextOptionsBuilder<NotesDb>().UseSqlite($"Data Source={file}").Options, context);
        db.Database.EnsureCreated();
        return db;
    }

    private async Task Seed()
    {
        await using (var a = Db(batTrang)) { a.Notes.Add(new Note { TenantId = batTrang, Text = "kiln schedule" }); await a.SaveChangesAsync(); }
        await using (var b = Db(vanPhuc)) { b.Notes.Add(new Note { TenantId = vanPhuc, Text = "loom schedule" }); await b.SaveChangesAsync(); }
    }

    [Fact]
    public async Task Queries_see_only_the_current_tenant_and_nothing_without_one()
    {
        await Seed();
        await using (var a = Db(batTrang)) (await a.Notes.Select(n => n.Text).ToListAsync()).ShouldBe(["kiln schedule"]);
        await using (var none = Db(null)) (await none.Notes.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Writing_another_tenants_row_or_with_no_tenant_throws()
    {
        await using (var a = Db(batTrang))
        {
            a.Notes.Add(new Note { TenantId = vanPhuc, Text = "forged" });
            await Should.ThrowAsync<TenantMismatchException>(() => a.SaveChangesAsync());
        }
        await using (var none = Db(null))
        {
            none.Notes.Add(new Note { TenantId = batTrang, Text = "orphan" });
            await Should.ThrowAsync<TenantMismatchException>(() => none.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task Guessing_an_id_of_another_tenant_finds_nothing_and_cannot_delete_it()
    {
        await Seed();
        Guid id;
        await using (var b = Db(vanPhuc)) id = (await b.Notes.SingleAsync()).Id;
        await using (var a = Db(batTrang))
        {
            (await a.Notes.SingleOrDefaultAsync(n => n.Id == id)).ShouldBeNull();
            a.Notes.Remove(new Note { Id = id, TenantId = vanPhuc });
            await Should.ThrowAsync<TenantMismatchException>(() => a.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task The_gateway_reads_across_tenants_without_tracking()
    {
        await Seed();
        await using var a = Db(batTrang);
        var all = await a.AcrossAllTenants<Note>(new CrossTenantReason("test: platform totals")).ToListAsync();
        all.Select(n => n.Text).ShouldBe(["kiln schedule", "loom schedule"], ignoreOrder: true);
        a.ChangeTracker.Entries().ShouldBeEmpty("gateway results are read-only");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
