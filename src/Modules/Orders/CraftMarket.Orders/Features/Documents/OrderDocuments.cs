using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>A rendered document and the name it downloads under ("BT-ORD-2026-0042-proforma.pdf").</summary>
internal sealed record IssuedDocument(byte[] Pdf, string FileName);

/// <summary>
/// Issues an order's documents to the buyer who owns the order or to the desk (anyone else: 404,
/// as if there were no such order). The commercial invoice and the packing list exist from
/// ReadyToShip on: before that the buyer gets a 409 that says so, and the desk a preview marked
/// as a draft. The first issue of each kind is recorded once: timeline "document:{kind}" (the buyer
/// sees it) and <see cref="OrderChange.DocumentIssued"/>; later downloads record nothing.
/// </summary>
internal sealed class OrderDocuments(OrdersDb db, ITenantDirectory tenants, ITenantContext tenant, ModuleText<OrdersText> t, TimeProvider clock)
{
    public static bool IsDesk(CurrentActor actor) => actor.IsExportDesk || actor.IsAssociationAdmin;

    /// <summary>English, French and Vietnamese as the buyer reads; Japanese (and anything else) in English, as the quote PDF (ADR 0049).</summary>
    public static string LanguageFor(string? buyerLanguage) => buyerLanguage switch
    {
        "vi" or "fr" => buyerLanguage,
        _ => "en",
    };

    public async Task<Result<IssuedDocument>> IssueAsync(Guid orderId, string? kindSlug, CurrentActor actor, CancellationToken ct)
    {
        if (!DocumentKinds.TryParse(kindSlug, out var kind)) return Error.NotFound("document");
        for (var attempt = 1; ; attempt++)
        {
            var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == new OrderId(orderId), ct);
            if (order is null || !(IsDesk(actor) || (actor.IsBuyer && actor.UserId == order.Buyer.UserId))) return Error.NotFound("order");
            var issuable = kind.IsIssuableIn(order.State);
            if (!issuable && !IsDesk(actor))
                return Error.Conflict("document_not_ready",
                    $"The {DocumentPdf.TitleOf(kind).ToLowerInvariant()} is issued once the order is ready to ship; this order is {order.State} now.");
            try
            {
                if (issuable) await RecordFirstIssueAsync(order, kind, actor, ct);
                return new IssuedDocument(await RenderAsync(order, kind, draft: !issuable, ct), $"{order.Number}-{kind.Slug()}.pdf");
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // The order changed meanwhile (a payment, another first download): read it again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task RecordFirstIssueAsync(Order order, DocumentKind kind, CurrentActor actor, CancellationToken ct)
    {
        var timelineKind = kind.TimelineKind();
        if (await db.Timeline.AnyAsync(e => e.OrderId == order.Id && e.Kind == timelineKind, ct)) return;
        // Touching the order bumps its revision: of two first downloads at once, one saves and the other
        // retries, finds the line and records nothing.
        order.Touch(clock.GetUtcNow());
        db.Timeline(order, timelineKind, actor.DisplayName, $"{DocumentPdf.TitleOf(kind)} {order.Number}", forBuyer: true, clock);
        db.Changed(order, OrderChange.DocumentIssued, clock);
        await db.SaveChangesAsync(ct);
    }

    private async Task<byte[]> RenderAsync(Order order, DocumentKind kind, bool draft, CancellationToken ct)
    {
        var association = tenants.SettingsOf(tenant) ?? throw new InvalidOperationException("An order's documents are printed within its association.");
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(ct) ?? OrderSettings.Defaults(order.TenantId);
        var language = LanguageFor(order.Language);
        var desk = association.ExportDesk;
        var bank = settings.HasBankDetails
            ? new BankDetails(settings.BankName, settings.BankAccountName, settings.BankAccountNumber, settings.BankSwift, settings.BankAddress)
            : null;
        var lines = order.Lines.OrderBy(l => l.Position).Select(l => new DocumentLine(
            l.Description, l.HsCode, l.CountryOfOrigin, l.Quantity,
            new SharedKernel.Monetary.Money(l.UnitPriceMinor, order.Currency), new SharedKernel.Monetary.Money(l.LineTotalMinor, order.Currency),
            PackingLine.Of(l.Quantity, l.PiecesPerCarton, l.NetGramsPerPiece, l.GrossGramsPerCarton)) { Unit = l.Unit }).ToList();
        var sheet = new DocumentSheet(kind, language, draft,
            language == "vi" ? association.NameVi : association.NameEn, association.Brand.PrimaryColor,
            string.Join(" · ", new[] { desk.Email, desk.Phone }.Where(x => !string.IsNullOrWhiteSpace(x))),
            order.Number, VietnamDate.Today(order.CreatedAt), VietnamDate.Today(clock.GetUtcNow()), order.DeliveryDate,
            order.SellerName, order.SellerKind, order.Buyer.Name, order.Buyer.Company, order.DestinationCountry,
            Incoterms.Describe(order.Incoterm, order.DestinationPort),
            lines, order.Total, order.DepositBasisPoints, order.Deposit, order.Paid, order.DepositDue, order.BalanceDue, order.BalanceTerms,
            bank, order.ShipmentReference);
        using var output = new MemoryStream();
        DocumentPdf.Write(output, sheet, t);
        return output.ToArray();
    }
}
