using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CraftMarket.Members.Data;

/// <summary>The members schema: members plus this module's outbox. Lists are stored as JSON in the member row.</summary>
internal abstract class MembersDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "members";
    protected override string Schema => SchemaName;

    public DbSet<Member> Members => Set<Member>();

    protected override void ConfigureModule(ModelBuilder model) => model.Entity<Member>(e =>
    {
        e.ToTable("members");
        e.HasKey(m => m.Id);
        e.Property(m => m.Id).HasConversion(new ValueConverter<MemberId, Guid>(id => id.Value, v => new MemberId(v)));
        e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(m => m.DisplayName).HasMaxLength(MemberProfile.NameMax);
        e.Property(m => m.RepresentativeName).HasMaxLength(MemberProfile.NameMax);
        e.Property(m => m.Commune).HasMaxLength(MemberProfile.NameMax);
        e.Property(m => m.Address).HasMaxLength(MemberProfile.AddressMax);
        e.Property(m => m.PhoneE164).HasMaxLength(20);
        e.Ignore(m => m.PreferredLanguage);
        e.Ignore(m => m.IsPubliclyListed);
        e.Ignore(m => m.Profile);
        e.PrimitiveCollection(m => m.Crafts);
        e.PrimitiveCollection(m => m.Languages);
        e.OwnsMany(m => m.Equipment, o => o.ToJson("equipment"));
        e.OwnsMany(m => m.Capacities, o => o.ToJson("capacities"));
        e.ComplexProperty(m => m.Privacy);
        // One phone, one member per association: the invitation goes to that phone.
        e.HasIndex(m => new { m.TenantId, m.PhoneE164 }).IsUnique();
        e.HasIndex(m => new { m.TenantId, m.Status });
    });
}

internal sealed class SqliteMembersDb(DbContextOptions<SqliteMembersDb> options, ITenantContext tenant) : MembersDb(options, tenant);

internal sealed class PostgresMembersDb(DbContextOptions<PostgresMembersDb> options, ITenantContext tenant) : MembersDb(options, tenant);

internal sealed class SqliteMembersDbFactory : SqliteDesignTimeFactory<SqliteMembersDb>;

internal sealed class PostgresMembersDbFactory : PostgresDesignTimeFactory<PostgresMembersDb>;
