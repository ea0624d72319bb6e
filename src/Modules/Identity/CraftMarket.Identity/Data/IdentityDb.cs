using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Features.Sessions;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Data;

/// <summary>
/// ASP.NET Core Identity's tables plus tenant memberships, in schema "identity". It cannot derive
/// from ModuleDbContext (Identity needs its own base), so it repeats the two rules that matter
/// here: its own schema (flattened on SQLite) and the processed-message and inbox tables (shared mapping).
/// It has no outbox because Identity publishes no events yet.
/// </summary>
internal abstract class IdentityDb(DbContextOptions options) : IdentityDbContext<CraftMarketUser, IdentityRole<Guid>, Guid>(options)
{
    public const string Schema = "identity";

    public DbSet<TenantMembership> Memberships => Set<TenantMembership>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();
    public DbSet<AccountSession> Sessions => Set<AccountSession>();
    public DbSet<Features.Staff.StaffInvitation> StaffInvitations => Set<Features.Staff.StaffInvitation>();
    public DbSet<Features.ApiTokens.ApiToken> ApiTokens => Set<Features.ApiTokens.ApiToken>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<CraftMarket.SharedKernel.Tenancy.TenantId>().HaveConversion<TenantIdConverter>();
        if (Database.IsSqlite()) builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        if (!Database.IsSqlite()) model.HasDefaultSchema(Schema);

        model.Entity<CraftMarketUser>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.PreferredLanguage).HasMaxLength(5);
            e.Property(u => u.BuyerCompany).HasMaxLength(200);
            e.Property(u => u.BuyerCountry).HasMaxLength(2);
            e.Property(u => u.BuyerLanguages).HasMaxLength(100);
            e.Property(u => u.PhoneNumber).HasMaxLength(20);
            // Phone and e-mail each identify one person when present (several NULLs are allowed).
            e.HasIndex(u => u.PhoneNumber).IsUnique();
            e.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName("ix_users_normalized_email_unique");
        });
        model.Entity<IdentityRole<Guid>>(e =>
        {
            e.ToTable("roles");
            // Platform roles exist in every installation, demo data or not (registration needs "buyer").
            e.HasData(
                new IdentityRole<Guid> { Id = new("0198f000-0000-7000-8000-000000000001"), Name = PlatformRoles.PlatformAdmin,
                    NormalizedName = PlatformRoles.PlatformAdmin.ToUpperInvariant(), ConcurrencyStamp = "platform-admin" },
                new IdentityRole<Guid> { Id = new("0198f000-0000-7000-8000-000000000002"), Name = PlatformRoles.Buyer,
                    NormalizedName = PlatformRoles.Buyer.ToUpperInvariant(), ConcurrencyStamp = "buyer" });
        });
        model.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        model.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        model.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        model.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        model.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");

        model.Entity<TenantMembership>(e =>
        {
            e.ToTable("tenant_memberships");
            e.HasKey(m => m.Id);
            e.Property(m => m.Role).HasMaxLength(40);
            e.HasIndex(m => new { m.UserId, m.TenantId, m.Role }).IsUnique();
            e.HasIndex(m => new { m.TenantId, m.MemberId });
            e.HasOne<CraftMarketUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<SecurityEvent>(e =>
        {
            e.ToTable("security_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.IpAddress).HasMaxLength(45);
            e.Property(x => x.UserAgent).HasMaxLength(SecurityEvent.UserAgentLength);
            e.Property(x => x.Detail).HasMaxLength(SecurityEvent.DetailLength);
            e.HasIndex(x => new { x.UserId, x.Id });
            e.HasOne<CraftMarketUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.ApplyConfiguration(new AccountSessionMapping());
        model.Entity<Features.Staff.StaffInvitation>(e =>
        {
            e.ToTable("staff_invitations");
            e.HasKey(x => x.Id);
            e.Ignore(x => x.RoleList);
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.NormalizedEmail).HasMaxLength(256);
            e.Property(x => x.Roles).HasMaxLength(100);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => new { x.TenantId, x.NormalizedEmail });
        });
        model.ApplyConfiguration(new Features.ApiTokens.ApiTokenMapping());
        model.MapProcessedMessages().MapInbox();

        if (Database.IsSqlite()) SqliteSchemas.FlattenInto(model, Schema);
    }
}
