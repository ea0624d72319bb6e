using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CraftMarket.QualityMarks.Data;

/// <summary>
/// The quality_marks schema: schemes and their versions, applications, inspections, certificates,
/// other certificates, the audit trail, signing keys, label batches, revocations and scans.
/// Item codes are not stored (a batch rebuilds them); lists inside a row are JSON text.
/// </summary>
internal abstract class QualityMarksDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "quality_marks";
    protected override string Schema => SchemaName;

    public DbSet<MarkScheme> Schemes => Set<MarkScheme>();
    public DbSet<MarkSchemeVersion> SchemeVersions => Set<MarkSchemeVersion>();
    public DbSet<MarkApplication> Applications => Set<MarkApplication>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<OtherCertificate> OtherCertificates => Set<OtherCertificate>();
    public DbSet<RegistryAuditEntry> Audit => Set<RegistryAuditEntry>();
    public DbSet<ExpiryReminder> Reminders => Set<ExpiryReminder>();
    public DbSet<SigningKey> Keys => Set<SigningKey>();
    public DbSet<LabelBatch> Batches => Set<LabelBatch>();
    public DbSet<CodeRevocation> Revocations => Set<CodeRevocation>();
    public DbSet<VerificationScan> Scans => Set<VerificationScan>();
    public DbSet<ModuleSecret> Secrets => Set<ModuleSecret>();

    /// <summary>The tenant this context reads and writes (the audit rows' owner).</summary>
    public TenantId Tenant => CurrentTenantId;

    /// <summary>Adds an audit row to this unit of work: it commits with the change it describes or not at all.</summary>
    public void Record(DateTimeOffset at, string actor, string subjectKind, Guid subjectId, string action, string? detail = null) =>
        Audit.Add(new RegistryAuditEntry(CurrentTenantId, at, actor, subjectKind, subjectId, action, detail));

    private static readonly ValueConverter<MarkSchemeId, Guid> SchemeIdConverter = new(id => id.Value, v => new MarkSchemeId(v));
    private static readonly ValueConverter<MarkApplicationId, Guid> ApplicationIdConverter = new(id => id.Value, v => new MarkApplicationId(v));
    private static readonly ValueConverter<InspectionId, Guid> InspectionIdConverter = new(id => id.Value, v => new InspectionId(v));
    private static readonly ValueConverter<CertificateId, Guid> CertificateIdConverter = new(id => id.Value, v => new CertificateId(v));
    private static readonly ValueConverter<OtherCertificateId, Guid> OtherCertificateIdConverter = new(id => id.Value, v => new OtherCertificateId(v));
    private static readonly ValueConverter<LabelBatchId, Guid> BatchIdConverter = new(id => id.Value, v => new LabelBatchId(v));
    private static readonly ValueConverter<MemberId, Guid> MemberIdConverter = new(id => id.Value, v => new MemberId(v));
    // PostgreSQL has no unsigned integers: key ids and batch numbers are stored as bigint.
    private static readonly ValueConverter<uint, long> UnsignedConverter = new(v => v, v => (uint)v);

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<MarkScheme>(e =>
        {
            e.ToTable("schemes");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasConversion(SchemeIdConverter);
            e.Property(s => s.Code).HasMaxLength(MarkScheme.CodeMax);
            Texts(e.ComplexProperty(s => s.Name), MarkScheme.NameMax);
            Texts(e.ComplexProperty(s => s.Description), MarkScheme.DescriptionMax);
            e.PrimitiveCollection(s => s.Categories);
            e.HasIndex(s => new { s.TenantId, s.Code }).IsUnique();
        });

        model.Entity<MarkSchemeVersion>(e =>
        {
            e.ToTable("scheme_versions");
            e.HasKey(v => v.Id);
            e.Property(v => v.SchemeId).HasConversion(SchemeIdConverter);
            e.Property(v => v.Criteria).AsJson();
            e.Property(v => v.PublishedBy).HasMaxLength(100);
            e.HasIndex(v => new { v.TenantId, v.SchemeId, v.Version }).IsUnique();
        });

        model.Entity<MarkApplication>(e =>
        {
            e.ToTable("applications");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasConversion(ApplicationIdConverter);
            e.Property(a => a.SchemeId).HasConversion(SchemeIdConverter);
            e.Property(a => a.MemberId).HasConversion(MemberIdConverter);
            e.Property(a => a.Renews).HasConversion(CertificateIdConverter);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.Note).HasMaxLength(MarkApplication.NoteMax);
            e.Property(a => a.DecisionNote).HasMaxLength(MarkApplication.NoteMax);
            e.PrimitiveCollection(a => a.ProductIds);
            e.Property(a => a.Evidence).AsJson();
            e.HasIndex(a => new { a.TenantId, a.Status, a.CreatedAt });
            e.HasIndex(a => new { a.TenantId, a.MemberId });
        });

        model.Entity<Inspection>(e =>
        {
            e.ToTable("inspections");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasConversion(InspectionIdConverter);
            e.Property(i => i.ApplicationId).HasConversion(ApplicationIdConverter);
            e.Property(i => i.InspectorUserId).HasMaxLength(100);
            e.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Notes).HasMaxLength(Inspection.NotesMax);
            e.Property(i => i.Findings).AsJson();
            e.Property(i => i.Defects).AsJson();
            e.HasIndex(i => new { i.TenantId, i.ApplicationId });
            e.HasIndex(i => new { i.TenantId, i.ScheduledFor });
        });

        model.Entity<Certificate>(e =>
        {
            e.ToTable("certificates");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasConversion(CertificateIdConverter);
            e.Property(c => c.SchemeId).HasConversion(SchemeIdConverter);
            e.Property(c => c.MemberId).HasConversion(MemberIdConverter);
            e.Property(c => c.ApplicationId).HasConversion(ApplicationIdConverter);
            e.Property(c => c.InspectionId).HasConversion(InspectionIdConverter);
            e.Property(c => c.RenewalOf).HasConversion(CertificateIdConverter);
            e.Property(c => c.Number).HasMaxLength(Certificate.NumberMax);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.StatusReason).HasMaxLength(Certificate.ReasonMax);
            e.PrimitiveCollection(c => c.ProductIds);
            e.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
            e.HasIndex(c => new { c.TenantId, c.MemberId });
            // One certificate per application: two inspectors granting at once cannot both win.
            e.HasIndex(c => new { c.TenantId, c.ApplicationId }).IsUnique();
            // Two nodes (or an admin and the expiry job) changing one certificate at once: the second
            // update finds the row changed and fails, so a transition or an announcement happens once.
            e.Property(c => c.Status).IsConcurrencyToken();
            e.Property(c => c.ExpiryRecordedAt).IsConcurrencyToken();
            e.Property(c => c.StartRecordedAt).IsConcurrencyToken();
            // The expiry job and the reminders walk certificates by expiry date across associations.
            e.HasIndex(c => new { c.ExpiresOn, c.Status });
        });

        model.Entity<OtherCertificate>(e =>
        {
            e.ToTable("other_certificates");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasConversion(OtherCertificateIdConverter);
            e.Property(c => c.MemberId).HasConversion(MemberIdConverter);
            e.Property(c => c.Kind).HasMaxLength(OtherCertificate.TextMax);
            e.Property(c => c.Issuer).HasMaxLength(OtherCertificate.TextMax);
            e.Property(c => c.Number).HasMaxLength(OtherCertificate.TextMax);
            e.HasIndex(c => new { c.TenantId, c.MemberId });
            e.HasIndex(c => c.ExpiresOn);
        });

        model.Entity<RegistryAuditEntry>(e =>
        {
            e.ToTable("audit");
            e.HasKey(a => a.Id);
            e.Property(a => a.Actor).HasMaxLength(100);
            e.Property(a => a.SubjectKind).HasMaxLength(30);
            e.Property(a => a.Action).HasMaxLength(40);
            e.Property(a => a.Detail).HasMaxLength(RegistryAuditEntry.DetailMax);
            e.HasIndex(a => new { a.TenantId, a.SubjectId, a.At });
            e.HasIndex(a => new { a.TenantId, a.At });
        });

        model.Entity<ExpiryReminder>(e =>
        {
            e.ToTable("expiry_reminders");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.SubjectId, r.DaysBefore }).IsUnique();
        });

        model.Entity<SigningKey>(e =>
        {
            e.ToTable("signing_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.KeyId).HasConversion(UnsignedConverter);
            e.Property(k => k.PublicKey).HasMaxLength(32);
            // Key ids are in codes from every association: unique across the platform.
            e.HasIndex(k => k.KeyId).IsUnique();
            e.HasIndex(k => new { k.TenantId, k.RetiredAt });
        });

        model.Entity<LabelBatch>(e =>
        {
            e.ToTable("label_batches");
            e.HasKey(b => b.Id);
            e.Property(b => b.Id).HasConversion(BatchIdConverter);
            e.Property(b => b.CertificateId).HasConversion(CertificateIdConverter);
            e.Property(b => b.Number).HasConversion(UnsignedConverter);
            e.Property(b => b.KeyId).HasConversion(UnsignedConverter);
            e.Property(b => b.Size).HasConversion<string>().HasMaxLength(20);
            e.Property(b => b.CreatedBy).HasMaxLength(100);
            e.Property(b => b.RevokedReason).HasMaxLength(LabelBatch.ReasonMax);
            e.HasIndex(b => new { b.TenantId, b.Number }).IsUnique();
            e.HasIndex(b => new { b.TenantId, b.ProductId });
            // Verification finds a code's batch by key id (platform-unique) and number, before it knows the association.
            e.HasIndex(b => new { b.KeyId, b.Number });
        });

        model.Entity<CodeRevocation>(e =>
        {
            e.ToTable("code_revocations");
            e.HasKey(r => r.Id);
            e.Property(r => r.BatchId).HasConversion(BatchIdConverter);
            e.Property(r => r.Reason).HasMaxLength(LabelBatch.ReasonMax);
            e.Property(r => r.RevokedBy).HasMaxLength(100);
            e.HasIndex(r => new { r.TenantId, r.BatchId });
        });

        model.Entity<VerificationScan>(e =>
        {
            e.ToTable("verification_scans");
            e.HasKey(s => s.Id);
            e.Property(s => s.BatchId).HasConversion(BatchIdConverter);
            e.Property(s => s.NetworkHash).HasMaxLength(64);
            e.Property(s => s.Country).HasMaxLength(2);
            e.Property(s => s.AgentFamily).HasMaxLength(40);
            e.HasIndex(s => new { s.TenantId, s.BatchId, s.Serial, s.At });
            e.HasIndex(s => new { s.TenantId, s.At });
        });

        model.Entity<ModuleSecret>(e =>
        {
            e.ToTable("secrets");
            e.HasKey(s => s.Name);
            e.Property(s => s.Name).HasMaxLength(ModuleSecret.NameMax);
        });
    }

    private static void Texts(ComplexPropertyBuilder<Translations> text, int max)
    {
        text.Property(t => t.Vi).HasMaxLength(max);
        text.Property(t => t.En).HasMaxLength(max);
        text.Property(t => t.Fr).HasMaxLength(max);
        text.Property(t => t.Ja).HasMaxLength(max);
    }
}

internal sealed class SqliteQualityMarksDb(DbContextOptions<SqliteQualityMarksDb> options, ITenantContext tenant) : QualityMarksDb(options, tenant);

internal sealed class PostgresQualityMarksDb(DbContextOptions<PostgresQualityMarksDb> options, ITenantContext tenant) : QualityMarksDb(options, tenant);

internal sealed class SqliteQualityMarksDbFactory : SqliteDesignTimeFactory<SqliteQualityMarksDb>;

internal sealed class PostgresQualityMarksDbFactory : PostgresDesignTimeFactory<PostgresQualityMarksDb>;
