using CraftMarket.Insight.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Insight.Data;

/// <summary>
/// The insight schema: read models copied from the other modules' events (ADR 0062) and the audit
/// log. Nothing here is the source of truth for anything but the audit log: a read model can be
/// rebuilt by replaying events.
/// </summary>
internal abstract class InsightDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "insight";
    protected override string Schema => SchemaName;

    public DbSet<InquiryFact> Inquiries => Set<InquiryFact>();
    public DbSet<OrderFact> Orders => Set<OrderFact>();
    public DbSet<WorkFact> Work => Set<WorkFact>();
    public DbSet<InspectionFact> Inspections => Set<InspectionFact>();
    public DbSet<DefectFact> Defects => Set<DefectFact>();
    public DbSet<PayoutFact> Payouts => Set<PayoutFact>();
    public DbSet<MemberFact> Members => Set<MemberFact>();
    public DbSet<ProductFact> Products => Set<ProductFact>();
    public DbSet<CertificateFact> Certificates => Set<CertificateFact>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    /// <summary>The tenant this context reads and writes.</summary>
    public TenantId Tenant => CurrentTenantId;

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<InquiryFact>(e =>
        {
            e.ToTable("inquiry_facts");
            e.HasKey(f => new { f.TenantId, f.InquiryId });
            e.Property(f => f.Source).HasMaxLength(40);
            e.Property(f => f.Status).HasMaxLength(40);
            e.HasIndex(f => new { f.TenantId, f.SubmittedAt });
        });
        model.Entity<OrderFact>(e =>
        {
            e.ToTable("order_facts");
            e.HasKey(f => new { f.TenantId, f.OrderId });
            e.Property(f => f.Currency).HasMaxLength(3);
            e.Property(f => f.State).HasMaxLength(40);
            e.HasIndex(f => new { f.TenantId, f.PlacedAt });
        });
        model.Entity<WorkFact>(e =>
        {
            e.ToTable("work_facts");
            e.HasKey(f => new { f.TenantId, f.WorkOrderId });
            e.Property(f => f.State).HasMaxLength(40);
            e.HasIndex(f => new { f.TenantId, f.IssuedAt });
            e.HasIndex(f => new { f.TenantId, f.MemberId });
        });
        model.Entity<InspectionFact>(e =>
        {
            e.ToTable("inspection_facts");
            e.HasKey(f => new { f.TenantId, f.CheckId });
            e.HasIndex(f => new { f.TenantId, f.At });
            e.HasIndex(f => new { f.TenantId, f.MemberId });
        });
        model.Entity<DefectFact>(e =>
        {
            e.ToTable("defect_facts");
            e.HasKey(f => new { f.TenantId, f.CheckId, f.Type });
            e.Property(f => f.Type).HasMaxLength(80);
            e.HasIndex(f => new { f.TenantId, f.At });
        });
        model.Entity<PayoutFact>(e =>
        {
            e.ToTable("payout_facts");
            e.HasKey(f => new { f.TenantId, f.PayoutId });
            e.HasIndex(f => new { f.TenantId, f.PaidOn });
            e.HasIndex(f => new { f.TenantId, f.MemberId });
        });
        model.Entity<MemberFact>(e =>
        {
            e.ToTable("member_facts");
            e.HasKey(f => new { f.TenantId, f.MemberId });
            e.Property(f => f.DisplayName).HasMaxLength(200);
            e.Property(f => f.Kind).HasMaxLength(20);
        });
        model.Entity<ProductFact>(e =>
        {
            e.ToTable("product_facts");
            e.HasKey(f => new { f.TenantId, f.ProductId });
        });
        model.Entity<CertificateFact>(e =>
        {
            e.ToTable("certificate_facts");
            e.HasKey(f => new { f.TenantId, f.CertificateId });
            e.HasIndex(f => new { f.TenantId, f.MemberId });
        });
        model.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(a => a.Id);
            e.Property(a => a.ActorName).HasMaxLength(200);
            e.Property(a => a.Area).HasMaxLength(40);
            e.Property(a => a.Action).HasMaxLength(80);
            e.Property(a => a.Subject).HasMaxLength(200);
            e.Property(a => a.Detail).HasMaxLength(2000);
            e.HasIndex(a => new { a.TenantId, a.At });
            e.HasIndex(a => new { a.TenantId, a.Area, a.At });
        });
    }
}

internal sealed class SqliteInsightDb(DbContextOptions<SqliteInsightDb> options, ITenantContext tenant) : InsightDb(options, tenant);

internal sealed class PostgresInsightDb(DbContextOptions<PostgresInsightDb> options, ITenantContext tenant) : InsightDb(options, tenant);

internal sealed class SqliteInsightDbFactory : SqliteDesignTimeFactory<SqliteInsightDb>;

internal sealed class PostgresInsightDbFactory : PostgresDesignTimeFactory<PostgresInsightDb>;
