using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CraftMarket.Inquiries.Data;

/// <summary>
/// The inquiries schema: buyers' inquiries and their lines, the thread, members' shares (the
/// allocation and the offers), capacity commitments, quote versions and each association's trade
/// settings. Lists inside a row (attachments, quote lines) are JSON text.
/// </summary>
internal abstract class InquiriesDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "inquiries";
    protected override string Schema => SchemaName;

    public DbSet<Inquiry> Inquiries => Set<Inquiry>();
    public DbSet<InquiryMessage> Messages => Set<InquiryMessage>();
    public DbSet<Share> Shares => Set<Share>();
    public DbSet<CapacityCommitment> Commitments => Set<CapacityCommitment>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<TradeSettings> Settings => Set<TradeSettings>();

    /// <summary>The tenant this context reads and writes.</summary>
    public TenantId Tenant => CurrentTenantId;

    private static readonly ValueConverter<InquiryId, Guid> InquiryIdConverter = new(id => id.Value, v => new InquiryId(v));
    private static readonly ValueConverter<InquiryLineId, Guid> LineIdConverter = new(id => id.Value, v => new InquiryLineId(v));
    private static readonly ValueConverter<ShareId, Guid> ShareIdConverter = new(id => id.Value, v => new ShareId(v));
    private static readonly ValueConverter<QuoteId, Guid> QuoteIdConverter = new(id => id.Value, v => new QuoteId(v));
    private static readonly ValueConverter<OrderId, Guid> OrderIdConverter = new(id => id.Value, v => new OrderId(v));
    private static readonly ValueConverter<ProductId, Guid> ProductIdConverter = new(id => id.Value, v => new ProductId(v));
    private static readonly ValueConverter<MemberId, Guid> MemberIdConverter = new(id => id.Value, v => new MemberId(v));

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<Inquiry>(e =>
        {
            e.ToTable("inquiries");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).HasConversion(InquiryIdConverter);
            e.Property(i => i.Number).HasMaxLength(Inquiry.NumberMax);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Source).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Incoterm).HasConversion<string>().HasMaxLength(3);
            e.Property(i => i.DestinationPort).HasMaxLength(Inquiry.PortMax);
            e.Property(i => i.DestinationCountry).HasMaxLength(2);
            e.Property(i => i.Packaging).HasMaxLength(Inquiry.TextMax);
            e.Property(i => i.Labelling).HasMaxLength(Inquiry.TextMax);
            e.Property(i => i.Notes).HasMaxLength(Inquiry.NotesMax);
            e.Property(i => i.AssigneeName).HasMaxLength(200);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.ComplexProperty(i => i.Buyer, b =>
            {
                b.Property(x => x.Name).HasMaxLength(BuyerContact.NameMax);
                b.Property(x => x.Email).HasMaxLength(BuyerContact.EmailMax);
                b.Property(x => x.Company).HasMaxLength(BuyerContact.CompanyMax);
                b.Property(x => x.Language).HasMaxLength(5);
            });
            e.Property(i => i.Attachments).AsJson();
            e.OwnsMany(i => i.Lines, l =>
            {
                l.ToTable("inquiry_lines");
                l.WithOwner().HasForeignKey("InquiryId");
                l.HasKey(x => x.Id);
                l.Property(x => x.Id).HasConversion(LineIdConverter).ValueGeneratedNever();
                l.Property(x => x.ProductId).HasConversion(ProductIdConverter);
                l.Property(x => x.VariantSku).HasMaxLength(40);
                l.Property(x => x.TargetCurrency).HasMaxLength(3);
                // Lines from before units were pieces (ADR 0073).
                l.Property(x => x.Unit).HasConversion(u => u.Code, code => SharedKernel.Trade.UnitOfSale.FromCode(code)).HasMaxLength(10)
                    .HasDefaultValue(SharedKernel.Trade.UnitOfSale.Default);
                l.Ignore(x => x.TargetUnitPrice);
            });
            e.Navigation(i => i.Lines).AutoInclude();
            e.Ignore(i => i.IsOpen);
            e.HasIndex(i => new { i.TenantId, i.Number }).IsUnique();
            e.HasIndex(i => new { i.TenantId, i.Status, i.CreatedAt });
            // One inquiry per village per list (or per buyer's Idempotency-Key): a repeated sending finds the first (ADR 0044).
            e.HasIndex(i => new { i.TenantId, i.ListId }).IsUnique();
        });

        model.Entity<InquiryMessage>(e =>
        {
            e.ToTable("messages");
            e.HasKey(m => m.Id);
            e.Property(m => m.InquiryId).HasConversion(InquiryIdConverter);
            e.Property(m => m.Author).HasConversion<string>().HasMaxLength(10);
            e.Property(m => m.AuthorName).HasMaxLength(200);
            e.Property(m => m.Body).HasMaxLength(InquiryMessage.BodyMax);
            e.HasIndex(m => new { m.TenantId, m.InquiryId, m.At });
        });

        model.Entity<Share>(e =>
        {
            e.ToTable("shares");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasConversion(ShareIdConverter);
            e.Property(s => s.InquiryId).HasConversion(InquiryIdConverter);
            e.Property(s => s.LineId).HasConversion(LineIdConverter);
            e.Property(s => s.ProductId).HasConversion(ProductIdConverter);
            e.Property(s => s.MemberId).HasConversion(MemberIdConverter);
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Reason).HasMaxLength(Share.ReasonMax);
            e.Property(s => s.AnswerNote).HasMaxLength(Share.NoteMax);
            e.Property(s => s.Revision).IsConcurrencyToken();
            e.Ignore(s => s.MemberUnitPrice);
            e.Ignore(s => s.IsLive);
            e.HasIndex(s => new { s.TenantId, s.InquiryId });
            // A household's offers, and the engine's "last work" per member.
            e.HasIndex(s => new { s.TenantId, s.MemberId, s.Status });
            // The offer deadline job: waiting offers in every association (Offers part).
            e.HasIndex(s => new { s.Status, s.Deadline });
        });

        model.Entity<CapacityCommitment>(e =>
        {
            e.ToTable("capacity_commitments");
            e.HasKey(c => c.Id);
            e.Property(c => c.MemberId).HasConversion(MemberIdConverter);
            e.Property(c => c.ProductId).HasConversion(ProductIdConverter);
            e.Property(c => c.CapacityKey).HasMaxLength(CapacityCommitment.KeyMax);
            e.Property(c => c.SourceKind).HasMaxLength(CapacityCommitment.SourceMax);
            e.HasIndex(c => new { c.TenantId, c.To, c.From });
            e.HasIndex(c => new { c.TenantId, c.SourceKind, c.SourceId }).IsUnique();
        });

        model.Entity<Quote>(e =>
        {
            e.ToTable("quotes");
            e.HasKey(q => q.Id);
            e.Property(q => q.Id).HasConversion(QuoteIdConverter);
            e.Property(q => q.InquiryId).HasConversion(InquiryIdConverter);
            e.Property(q => q.OrderId).HasConversion(OrderIdConverter);
            e.Property(q => q.LeadFirm).HasConversion(MemberIdConverter);
            e.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(q => q.CurrencyCode).HasMaxLength(3);
            e.Property(q => q.Incoterm).HasConversion<string>().HasMaxLength(3);
            e.Property(q => q.DestinationPort).HasMaxLength(Inquiry.PortMax);
            e.Property(q => q.BalanceTerms).HasMaxLength(Quote.TermsMax);
            e.Property(q => q.SellerKind).HasConversion<string>().HasMaxLength(20);
            e.Property(q => q.SellerName).HasMaxLength(Quote.SellerNameMax);
            e.Property(q => q.SentByName).HasMaxLength(200);
            e.Property(q => q.Language).HasMaxLength(5);
            e.Property(q => q.VndPerUnit).HasPrecision(18, 6);
            e.Property(q => q.Lines).AsJson();
            e.Ignore(q => q.Currency);
            e.Ignore(q => q.Total);
            e.Property(q => q.MarkSchemeName).HasMaxLength(Quote.MarkStatementMax);
            e.Ignore(q => q.DepositAndBalance);
            e.Ignore(q => q.ToVnd);
            // The expiry job's scan: sent versions by validity.
            e.HasIndex(q => new { q.Status, q.ValidUntil });
            e.HasIndex(q => new { q.TenantId, q.InquiryId, q.Version }).IsUnique();
        });

        model.Entity<TradeSettings>(e =>
        {
            e.ToTable("trade_settings");
            e.HasKey(s => s.TenantId);
            e.Property(s => s.BalanceTerms).HasMaxLength(Quote.TermsMax);
            e.Property(s => s.QuoteCurrency).HasMaxLength(3);
            e.Property(s => s.SellerKind).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.SellerName).HasMaxLength(Quote.SellerNameMax);
            e.Property(s => s.LeadFirm).HasConversion(MemberIdConverter);
            e.Property(s => s.NumberPrefix).HasMaxLength(TradeSettings.PrefixMax);
            e.Property(s => s.Revision).IsConcurrencyToken();
        });
    }
}

internal sealed class SqliteInquiriesDb(DbContextOptions<SqliteInquiriesDb> options, ITenantContext tenant) : InquiriesDb(options, tenant);

internal sealed class PostgresInquiriesDb(DbContextOptions<PostgresInquiriesDb> options, ITenantContext tenant) : InquiriesDb(options, tenant);

internal sealed class SqliteInquiriesDbFactory : SqliteDesignTimeFactory<SqliteInquiriesDb>;

internal sealed class PostgresInquiriesDbFactory : PostgresDesignTimeFactory<PostgresInquiriesDb>;
