using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CraftMarket.Orders.Data;

/// <summary>
/// The orders schema: orders and their lines and timeline, payments and refunds, households' work
/// orders with their progress and quality checks, payouts, the double-entry ledger and each
/// association's order settings. One schema (ADR 0053): a payment and its ledger posting, an
/// inspection and the member's payable, commit together.
/// </summary>
internal abstract class OrdersDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "orders";
    protected override string Schema => SchemaName;

    public DbSet<Order> Orders => Set<Order>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();
    public DbSet<WorkOrderUpdate> WorkOrderUpdates => Set<WorkOrderUpdate>();
    public DbSet<QualityCheck> QualityChecks => Set<QualityCheck>();
    public DbSet<Payout> Payouts => Set<Payout>();
    public DbSet<LedgerTransaction> Transactions => Set<LedgerTransaction>();
    public DbSet<MemberLedger> MemberLedgers => Set<MemberLedger>();
    public DbSet<OrderSettings> Settings => Set<OrderSettings>();
    public DbSet<Features.Inspections.InspectionPhoto> InspectionPhotos => Set<Features.Inspections.InspectionPhoto>();

    /// <summary>The tenant this context reads and writes.</summary>
    public TenantId Tenant => CurrentTenantId;

    private static readonly ValueConverter<OrderId, Guid> OrderIdConverter = new(id => id.Value, v => new OrderId(v));
    private static readonly ValueConverter<InquiryId, Guid> InquiryIdConverter = new(id => id.Value, v => new InquiryId(v));
    private static readonly ValueConverter<InquiryLineId, Guid> LineIdConverter = new(id => id.Value, v => new InquiryLineId(v));
    private static readonly ValueConverter<QuoteId, Guid> QuoteIdConverter = new(id => id.Value, v => new QuoteId(v));
    private static readonly ValueConverter<ShareId, Guid> ShareIdConverter = new(id => id.Value, v => new ShareId(v));
    private static readonly ValueConverter<ProductId, Guid> ProductIdConverter = new(id => id.Value, v => new ProductId(v));
    private static readonly ValueConverter<MemberId, Guid> MemberIdConverter = new(id => id.Value, v => new MemberId(v));
    private static readonly ValueConverter<WorkOrderId, Guid> WorkOrderIdConverter = new(id => id.Value, v => new WorkOrderId(v));
    private static readonly ValueConverter<PaymentId, Guid> PaymentIdConverter = new(id => id.Value, v => new PaymentId(v));
    private static readonly ValueConverter<RefundId, Guid> RefundIdConverter = new(id => id.Value, v => new RefundId(v));
    private static readonly ValueConverter<QualityCheckId, Guid> CheckIdConverter = new(id => id.Value, v => new QualityCheckId(v));
    private static readonly ValueConverter<PayoutId, Guid> PayoutIdConverter = new(id => id.Value, v => new PayoutId(v));
    private static readonly ValueConverter<LedgerTransactionId, Guid> TransactionIdConverter = new(id => id.Value, v => new LedgerTransactionId(v));

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<Order>(e =>
        {
            e.ToTable("orders");
            e.HasKey(o => o.Id);
            e.Property(o => o.Id).HasConversion(OrderIdConverter);
            e.Property(o => o.Number).HasMaxLength(Order.NumberMax);
            e.Property(o => o.InquiryId).HasConversion(InquiryIdConverter);
            e.Property(o => o.InquiryNumber).HasMaxLength(Order.NumberMax);
            e.Property(o => o.QuoteId).HasConversion(QuoteIdConverter);
            e.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
            e.ComplexProperty(o => o.Buyer, b =>
            {
                b.Property(x => x.Name).HasMaxLength(Order.NameMax);
                b.Property(x => x.Email).HasMaxLength(320);
                b.Property(x => x.Company).HasMaxLength(Order.NameMax);
                b.Property(x => x.Language).HasMaxLength(5);
            });
            e.Property(o => o.SellerKind).HasConversion<string>().HasMaxLength(20);
            e.Property(o => o.SellerName).HasMaxLength(Order.NameMax);
            e.Property(o => o.LeadFirm).HasConversion(MemberIdConverter);
            e.Property(o => o.CurrencyCode).HasMaxLength(3);
            e.Property(o => o.VndPerUnit).HasPrecision(18, 6);
            e.Property(o => o.BalanceTerms).HasMaxLength(Order.TermsMax);
            e.Property(o => o.Incoterm).HasConversion<string>().HasMaxLength(3);
            e.Property(o => o.DestinationPort).HasMaxLength(100);
            e.Property(o => o.DestinationCountry).HasMaxLength(2);
            e.Property(o => o.Language).HasMaxLength(5);
            e.Property(o => o.CancelReason).HasMaxLength(Order.TermsMax);
            e.Property(o => o.ShipmentReference).HasMaxLength(Order.NameMax);
            e.Property(o => o.Revision).IsConcurrencyToken();
            e.Ignore(o => o.Currency);
            e.Ignore(o => o.Total);
            e.Ignore(o => o.Paid);
            e.Ignore(o => o.Deposit);
            e.Ignore(o => o.BalanceDue);
            e.Ignore(o => o.DepositDue);
            e.Ignore(o => o.Overpaid);
            e.OwnsMany(o => o.Lines, l =>
            {
                l.ToTable("order_lines");
                l.WithOwner().HasForeignKey("OrderId");
                l.HasKey(x => x.Id);
                l.Property(x => x.Id).HasConversion(LineIdConverter).ValueGeneratedNever();
                l.Property(x => x.ProductId).HasConversion(ProductIdConverter);
                l.Property(x => x.VariantSku).HasMaxLength(40);
                l.Property(x => x.Description).HasMaxLength(500);
                l.Property(x => x.HsCode).HasMaxLength(12);
                l.Property(x => x.CountryOfOrigin).HasMaxLength(2);
                // Lines of orders opened before units were pieces (ADR 0073).
                l.Property(x => x.Unit).HasConversion(u => u.Code, code => SharedKernel.Trade.UnitOfSale.FromCode(code)).HasMaxLength(10)
                    .HasDefaultValue(SharedKernel.Trade.UnitOfSale.Default);
            });
            e.Navigation(o => o.Lines).AutoInclude();
            e.HasIndex(o => new { o.TenantId, o.Number }).IsUnique();
            e.HasIndex(o => new { o.TenantId, o.State, o.CreatedAt });
            e.HasIndex(o => new { o.TenantId, o.InquiryId });
        });

        model.Entity<TimelineEntry>(e =>
        {
            e.ToTable("timeline");
            e.HasKey(t => t.Id);
            e.Property(t => t.OrderId).HasConversion(OrderIdConverter);
            e.Property(t => t.Kind).HasMaxLength(TimelineEntry.KindMax);
            e.Property(t => t.ActorName).HasMaxLength(Order.NameMax);
            e.Property(t => t.Text).HasMaxLength(TimelineEntry.TextMax);
            e.HasIndex(t => new { t.TenantId, t.OrderId, t.At });
        });

        model.Entity<Payment>(e =>
        {
            e.ToTable("payments");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasConversion(PaymentIdConverter);
            e.Property(p => p.OrderId).HasConversion(OrderIdConverter);
            e.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.CurrencyCode).HasMaxLength(3);
            e.Property(p => p.Reference).HasMaxLength(Payment.ReferenceMax);
            e.Property(p => p.Note).HasMaxLength(Payment.NoteMax);
            e.Property(p => p.StripeCheckoutSessionId).HasMaxLength(Payment.ExternalIdMax);
            e.Property(p => p.StripePaymentIntentId).HasMaxLength(Payment.ExternalIdMax);
            e.Property(p => p.CheckoutUrl).HasMaxLength(2000);
            e.Property(p => p.RecordedByName).HasMaxLength(Order.NameMax);
            e.Property(p => p.Revision).IsConcurrencyToken();
            e.Ignore(p => p.Amount);
            e.Ignore(p => p.Refunded);
            e.HasIndex(p => new { p.TenantId, p.OrderId });
            // Webhooks find their payment by Stripe's ids, across associations (the event names none).
            e.HasIndex(p => p.StripeCheckoutSessionId).IsUnique();
            e.HasIndex(p => p.StripePaymentIntentId).IsUnique();
        });

        model.Entity<Refund>(e =>
        {
            e.ToTable("refunds");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasConversion(RefundIdConverter);
            e.Property(r => r.OrderId).HasConversion(OrderIdConverter);
            e.Property(r => r.PaymentId).HasConversion(PaymentIdConverter);
            e.Property(r => r.CurrencyCode).HasMaxLength(3);
            e.Property(r => r.Reason).HasMaxLength(Refund.ReasonMax);
            e.Property(r => r.StripeRefundId).HasMaxLength(Payment.ExternalIdMax);
            e.Ignore(r => r.Amount);
            e.HasIndex(r => new { r.TenantId, r.OrderId });
            e.HasIndex(r => r.StripeRefundId).IsUnique();
        });

        model.Entity<WorkOrder>(e =>
        {
            e.ToTable("work_orders");
            e.HasKey(w => w.Id);
            e.Property(w => w.Id).HasConversion(WorkOrderIdConverter);
            e.Property(w => w.OrderId).HasConversion(OrderIdConverter);
            e.Property(w => w.ShareId).HasConversion(ShareIdConverter);
            e.Property(w => w.Unit).HasConversion(u => u.Code, code => SharedKernel.Trade.UnitOfSale.FromCode(code)).HasMaxLength(10)
                .HasDefaultValue(SharedKernel.Trade.UnitOfSale.Default);
            e.Property(w => w.MemberId).HasConversion(MemberIdConverter);
            e.Property(w => w.LineId).HasConversion(LineIdConverter);
            e.Property(w => w.ProductId).HasConversion(ProductIdConverter);
            e.Property(w => w.VariantSku).HasMaxLength(40);
            e.Property(w => w.Description).HasMaxLength(500);
            e.Property(w => w.Specification).HasMaxLength(WorkOrder.SpecMax);
            e.Property(w => w.BuyerCurrencyCode).HasMaxLength(3);
            e.Property(w => w.State).HasConversion<string>().HasMaxLength(20);
            e.Property(w => w.OpenProblem).HasMaxLength(WorkOrder.NoteMax);
            e.Property(w => w.PhotoIds).AsJson();
            e.Property(w => w.Revision).IsConcurrencyToken();
            e.Ignore(w => w.MemberUnitPrice);
            e.Ignore(w => w.AcceptedValue);
            e.Ignore(w => w.PlannedValue);
            e.Ignore(w => w.OutstandingQuantity);
            e.Ignore(w => w.IsSettled);
            e.HasIndex(w => new { w.TenantId, w.OrderId });
            e.HasIndex(w => new { w.TenantId, w.MemberId, w.State });
            e.HasIndex(w => new { w.TenantId, w.ShareId }).IsUnique();
        });

        model.Entity<WorkOrderUpdate>(e =>
        {
            e.ToTable("work_order_updates");
            e.HasKey(u => u.Id);
            e.Property(u => u.WorkOrderId).HasConversion(WorkOrderIdConverter);
            e.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(u => u.AuthorName).HasMaxLength(Order.NameMax);
            e.Property(u => u.Note).HasMaxLength(WorkOrderUpdate.NoteMax);
            e.Property(u => u.PhotoIds).AsJson();
            e.HasIndex(u => new { u.TenantId, u.WorkOrderId, u.At });
        });

        model.Entity<QualityCheck>(e =>
        {
            e.ToTable("quality_checks");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasConversion(CheckIdConverter);
            e.Property(c => c.WorkOrderId).HasConversion(WorkOrderIdConverter);
            e.Property(c => c.OrderId).HasConversion(OrderIdConverter);
            e.Property(c => c.MemberId).HasConversion(MemberIdConverter);
            e.Property(c => c.Aql).HasMaxLength(8);
            e.Property(c => c.Defects).AsJson();
            e.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.PhotoIds).AsJson();
            e.Property(c => c.Note).HasMaxLength(QualityCheck.NoteMax);
            e.Property(c => c.InspectorName).HasMaxLength(Order.NameMax);
            e.HasIndex(c => new { c.TenantId, c.WorkOrderId, c.At });
            e.HasIndex(c => new { c.TenantId, c.OrderId });
        });

        // Inspectors' photos of a lot, uploaded before the inspection that cites them (Features/Inspections).
        model.Entity<Features.Inspections.InspectionPhoto>(e =>
        {
            e.ToTable("inspection_photos");
            e.HasKey(p => p.FileId);
            e.Property(p => p.FileId).ValueGeneratedNever();
            e.Property(p => p.WorkOrderId).HasConversion(WorkOrderIdConverter);
            e.Property(p => p.CheckId).HasConversion(CheckIdConverter);
            e.HasIndex(p => new { p.TenantId, p.WorkOrderId });
        });

        model.Entity<Payout>(e =>
        {
            e.ToTable("payouts");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasConversion(PayoutIdConverter);
            e.Property(p => p.MemberId).HasConversion(MemberIdConverter);
            e.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Reference).HasMaxLength(Payout.ReferenceMax);
            e.Property(p => p.RecordedByName).HasMaxLength(Order.NameMax);
            e.Property(p => p.TransactionId).HasConversion(TransactionIdConverter);
            e.Ignore(p => p.Amount);
            e.HasIndex(p => new { p.TenantId, p.MemberId, p.PaidOn });
        });

        model.Entity<LedgerTransaction>(e =>
        {
            e.ToTable("ledger_transactions");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).HasConversion(TransactionIdConverter);
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.SourceKey).HasMaxLength(LedgerTransaction.SourceKeyMax);
            e.Property(t => t.Memo).HasMaxLength(LedgerTransaction.MemoMax);
            e.Property(t => t.OrderId).HasConversion(OrderIdConverter);
            e.Property(t => t.ReversesId).HasConversion(TransactionIdConverter);
            e.Ignore(t => t.SumDong);
            e.OwnsMany(t => t.Entries, l =>
            {
                l.ToTable("ledger_entries");
                l.WithOwner().HasForeignKey("TransactionId");
                l.HasKey("TransactionId", nameof(LedgerEntry.Position));
                l.Property(x => x.Position).ValueGeneratedNever();
                l.Property(x => x.Account).HasConversion<string>().HasMaxLength(24);
                l.Property(x => x.OriginalCurrency).HasMaxLength(3);
                l.Property(x => x.MemberId).HasConversion(MemberIdConverter);
                l.Property(x => x.WorkOrderId).HasConversion(WorkOrderIdConverter);
                // A household's sub-ledger and the account balances are read by these.
                l.HasIndex(x => x.MemberId);
                l.HasIndex(x => x.Account);
            });
            e.Navigation(t => t.Entries).AutoInclude();
            // One posting per cause: a retried webhook or inspection can never post twice.
            e.HasIndex(t => new { t.TenantId, t.SourceKey }).IsUnique();
            e.HasIndex(t => new { t.TenantId, t.OrderId });
            e.HasIndex(t => new { t.TenantId, t.BookedOn });
        });

        model.Entity<MemberLedger>(e =>
        {
            // Serialises payouts per household (ledger part, ADR 0057).
            e.ToTable("member_ledgers");
            e.HasKey(m => new { m.TenantId, m.MemberId });
            e.Property(m => m.MemberId).HasConversion(MemberIdConverter);
            e.Property(m => m.Revision).IsConcurrencyToken();
        });

        model.Entity<OrderSettings>(e =>
        {
            e.ToTable("order_settings");
            e.HasKey(s => s.TenantId);
            e.Property(s => s.BankName).HasMaxLength(OrderSettings.BankTextMax);
            e.Property(s => s.BankAccountName).HasMaxLength(OrderSettings.BankTextMax);
            e.Property(s => s.BankAccountNumber).HasMaxLength(60);
            e.Property(s => s.BankSwift).HasMaxLength(11);
            e.Property(s => s.BankAddress).HasMaxLength(OrderSettings.BankTextMax);
            e.Property(s => s.Aql).HasMaxLength(8);
            e.Property(s => s.DefectTypes).AsJson();
            e.Property(s => s.PayoutTiming).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.SurplusPolicy).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.Revision).IsConcurrencyToken();
            e.Ignore(s => s.HasBankDetails);
        });
    }
}

internal sealed class SqliteOrdersDb(DbContextOptions<SqliteOrdersDb> options, ITenantContext tenant) : OrdersDb(options, tenant);

internal sealed class PostgresOrdersDb(DbContextOptions<PostgresOrdersDb> options, ITenantContext tenant) : OrdersDb(options, tenant);

internal sealed class SqliteOrdersDbFactory : SqliteDesignTimeFactory<SqliteOrdersDb>;

internal sealed class PostgresOrdersDbFactory : PostgresDesignTimeFactory<PostgresOrdersDb>;
