using CraftMarket.SharedKernel.Auditing;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Inquiries.Domain;

/// <summary>
/// One buyer's request for quote to one association: what, how many, by when, on which terms.
/// Partial: each feature adds its own behaviour in its folder (sending, desk workflow, quoting).
/// Every read checks who asks: the buyer who sent it, or the association's staff; households see
/// only their offers, never the inquiry or the buyer.
/// </summary>
[Audited("inquiries", Subject = "Number")]
internal sealed partial class Inquiry : ITenantOwned
{
    public const int TextMax = 2000, NotesMax = 4000, PortMax = 100, NumberMax = 30, MaxLines = 50, MaxAttachments = 10;

    private Inquiry() { }   // EF

    public Inquiry(TenantId tenantId, InquiryId id, string number, BuyerContact buyer, InquirySource source, DateTimeOffset now)
    {
        TenantId = tenantId;
        Id = id;
        Number = number;
        Buyer = buyer;
        Source = source;
        Status = InquiryStatus.New;
        CreatedAt = UpdatedAt = now;
    }

    public InquiryId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    /// <summary>"BT-RFQ-2026-0042": the village's prefix, RFQ (so it is never taken for a certificate number, "BT-2026-0042"), the year and a running number: what people say on the phone.</summary>
    public string Number { get; private set; } = "";
    /// <summary>Inquiries sent together from one list spanning villages share this (one per village).</summary>
    public Guid? ListId { get; set; }
    public BuyerContact Buyer { get; private set; } = null!;
    public InquirySource Source { get; private set; }
    public InquiryStatus Status { get; set; }
    public Guid? AssigneeUserId { get; set; }
    public string? AssigneeName { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>When the desk first wrote to the buyer (a message or a quote): time to first response.</summary>
    public DateTimeOffset? FirstResponseAt { get; set; }

    public DateOnly RequiredBy { get; set; }
    public Incoterm Incoterm { get; set; }
    /// <summary>CIF/CFR only: the buyer's port.</summary>
    public string? DestinationPort { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string DestinationCountry { get; set; } = "";
    public string? Packaging { get; set; }
    public string? Labelling { get; set; }
    /// <summary>The buyer wants the village's genuine-mark labels: only certified members may make such goods.</summary>
    public bool WantsMarkedGoods { get; set; }
    public bool SampleRequested { get; set; }
    public string? Notes { get; set; }

    public List<InquiryLine> Lines { get; private set; } = [];
    public List<InquiryAttachment> Attachments { get; private set; } = [];

    /// <summary>Optimistic concurrency: two desk members editing at once must not overwrite each other silently.</summary>
    public int Revision { get; set; }

    public bool IsOpen => Status is InquiryStatus.New or InquiryStatus.Allocating or InquiryStatus.Quoted;

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }
}

/// <summary>One product (or variant) and quantity, with the price the buyer hopes for, in the buyer's currency.</summary>
internal sealed class InquiryLine
{
    private InquiryLine() { }   // EF

    public InquiryLine(InquiryLineId id, int position, Catalogue.Contracts.ProductId productId, string? variantSku, int quantity,
        SharedKernel.Monetary.Money? targetUnitPrice, SharedKernel.Trade.UnitOfSale? unit = null)
    {
        Unit = unit ?? SharedKernel.Trade.UnitOfSale.Default;
        Id = id;
        Position = position;
        ProductId = productId;
        VariantSku = variantSku;
        Quantity = quantity;
        TargetMinor = targetUnitPrice?.MinorUnits;
        TargetCurrency = targetUnitPrice?.Currency.Code;
    }

    public InquiryLineId Id { get; private set; }
    public int Position { get; private set; }
    public Catalogue.Contracts.ProductId ProductId { get; private set; }
    public string? VariantSku { get; private set; }
    public int Quantity { get; set; }

    /// <summary>What <see cref="Quantity"/> counts: the product's unit of sale when the buyer asked (ADR 0073), so a later change of the product's unit never turns 50 metres into 50 pieces.</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; private set; } = SharedKernel.Trade.UnitOfSale.Default;
    // Stored as minor units and an ISO code (two columns), read back as Money.
    public long? TargetMinor { get; private set; }
    public string? TargetCurrency { get; private set; }

    public SharedKernel.Monetary.Money? TargetUnitPrice =>
        TargetMinor is { } minor && TargetCurrency is { } code ? new(minor, SharedKernel.Monetary.Currency.Of(code)) : null;
}

/// <summary>A buyer's file (spec sheet, drawing, photo), stored privately by Media (IPrivateFiles).</summary>
internal sealed record InquiryAttachment(Guid FileId, string FileName, string ContentType, long Bytes);
