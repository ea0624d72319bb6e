using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>
/// The export desk sends a new version of the joint quote (POST /api/inquiries/{id}/quotes): every
/// line of the inquiry at one group price, totals in Money, the VND equivalent at the association's
/// rate and its date, terms and seller. The previous sent version is superseded, the inquiry is
/// Quoted, the buyer is told (InquiryChanged QuoteSent) and the thread says so, in one SaveChanges.
/// </summary>
internal sealed class SendQuote(InquiriesDb db, QuoteDrafts drafts, InquiryThread thread, IMemberDirectory members,
    IQualityMarkBadges badges, TimeProvider clock)
{
    public const int MaxValidityDays = 365;

    public async Task<Result<QuoteCreated>> Handle(Guid inquiryId, SendQuoteRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (!(actor.IsExportDesk || actor.IsAssociationAdmin)) return Error.NotFound("inquiry");
        if (request.Currency is { } code && (!Currency.TryOf(code, out var asked) || !QuoteDrafts.ContractCurrencies.Contains(asked)))
            return Error.Validation("currency", "Quote in USD, EUR, JPY or VND.");
        if (await drafts.ForAsync(new InquiryId(inquiryId), request.Currency, ct) is not { } draft) return Error.NotFound("inquiry");
        var inquiry = draft.Inquiry;
        if (!inquiry.IsOpen)
            return Error.Conflict("inquiry_closed", $"The inquiry is {inquiry.Status.ToString().ToLowerInvariant()}: a closed inquiry cannot be quoted.");
        var currency = draft.Currency;
        if (currency != Currency.VND && draft.Display is null)
            return Error.Conflict("rate_missing", $"The association has no {currency.Code} rate: set one in the association's settings, or quote in another currency.");

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [message];

        var overrides = new Dictionary<Guid, (QuoteLineRequest Line, int At)>();
        foreach (var (line, at) in (request.Lines ?? []).Select((l, i) => (l, i)))
        {
            if (line is null) { Fail($"lines[{at}]", "Give the line."); continue; }
            if (draft.Lines.All(d => d.Line.Id.Value != line.LineId)) Fail($"lines[{at}].lineId", "No such line in this inquiry.");
            else if (!overrides.TryAdd(line.LineId, (line, at))) Fail($"lines[{at}].lineId", "This line is given twice.");
        }

        var priced = new List<(DraftLine Draft, PricedLine Priced)>();
        foreach (var (d, n) in draft.Lines.Select((d, i) => (d, i)))
        {
            var given = overrides.TryGetValue(d.Line.Id.Value, out var o) ? o : default;
            var field = given.Line is null ? $"lines[{n}]" : $"lines[{given.At}]";
            var quantity = given.Line?.Quantity ?? d.Line.Quantity;
            if (quantity <= 0) { Fail($"{field}.quantity", "The quantity must be above zero."); continue; }
            Money? price = d.DefaultUnitPrice;
            if (given.Line?.UnitPrice is { Length: > 0 } text)
            {
                if (!Money.TryParse(text, currency, out var parsed, out var why)) { Fail($"{field}.unitPrice", why); continue; }
                price = parsed;
            }
            if (price is null || !price.IsPositive)
            {
                Fail($"{field}.unitPrice", d.Product is null
                    ? "The product is no longer published, so it has no price: set the unit price."
                    : "No unit price above zero: set the unit price.");
                continue;
            }
            priced.Add((d, new PricedLine(price, quantity)));
        }

        var delivery = request.DeliveryDate ?? draft.DeliveryFromShares;
        if (delivery is null) Fail("deliveryDate", "No member has accepted a share yet: give the delivery date.");
        else if (delivery <= draft.Today) Fail("deliveryDate", "The delivery date must be after today.");
        var validUntil = request.ValidUntil ?? draft.ValidUntil;
        if (validUntil < draft.Today) Fail("validUntil", "The quote must be valid at least until today.");
        else if (validUntil > draft.Today.AddDays(MaxValidityDays)) Fail("validUntil", $"A quote is valid for at most {MaxValidityDays} days.");
        var incoterm = request.Incoterm ?? inquiry.Incoterm;
        var port = incoterm.NeedsDestinationPort() ? (request.DestinationPort ?? inquiry.DestinationPort)?.Trim() : null;
        if (incoterm.NeedsDestinationPort() && string.IsNullOrEmpty(port)) Fail("destinationPort", $"{incoterm} needs the buyer's destination port.");
        else if (port?.Length > Inquiry.PortMax) Fail("destinationPort", $"At most {Inquiry.PortMax} characters.");
        var deposit = request.DepositBasisPoints ?? draft.Settings.DepositBasisPoints;
        if (deposit is < 0 or > Money.WholeInBasisPoints) Fail("depositBasisPoints", "The deposit is 0 to 10000 basis points (0 to 100%).");
        var balanceTerms = (request.BalanceTerms ?? draft.Settings.BalanceTerms).Trim();
        if (balanceTerms.Length > Quote.TermsMax) Fail("balanceTerms", $"At most {Quote.TermsMax} characters.");

        var (sellerKind, sellerName, leadFirm, sellerError) = await SellerAsync(request, draft, ct);
        if (sellerError is not null) Fail(sellerError.Value.Field, sellerError.Value.Message);
        if (errors.Count > 0) return Error.Validation(errors);

        var now = clock.GetUtcNow();
        var totals = QuoteMaths.Totals(currency, [.. priced.Select(p => p.Priced)], deposit, draft.ToVnd);
        var previous = await db.Quotes.Where(q => q.InquiryId == inquiry.Id).ToListAsync(ct);
        var quote = new Quote(inquiry.TenantId, inquiry.Id, previous.Count == 0 ? 1 : previous.Max(q => q.Version) + 1, currency, now)
        {
            TotalMinor = totals.Total.MinorUnits,
            TotalVnd = totals.TotalVnd.MinorUnits,
            VndPerUnit = draft.ToVnd.Rate,
            RateDate = draft.ToVnd.AsOf,
            ValidUntil = validUntil,
            DeliveryDate = delivery!.Value,
            LeadTimeDays = delivery.Value.DayNumber - draft.Today.DayNumber,
            Incoterm = incoterm,
            DestinationPort = port,
            DepositBasisPoints = deposit,
            BalanceTerms = balanceTerms,
            SellerKind = sellerKind,
            SellerName = sellerName,
            LeadFirm = leadFirm,
            Language = inquiry.Buyer.Language,
            SentByUserId = actor.UserId,
            SentByName = actor.DisplayName,
            MarkSchemeName = inquiry.WantsMarkedGoods ? await MarkSchemeAsync(draft, ct) : null,
        };
        quote.Lines.AddRange(priced.Select(p => new QuoteLine(p.Draft.Line.Id, p.Draft.Line.ProductId, p.Draft.Line.VariantSku, p.Draft.Description,
            p.Priced.Quantity, p.Priced.UnitPrice.MinorUnits, p.Priced.LineTotal.MinorUnits)
        { HsCode = p.Draft.Product?.HsCode, CapacityKey = p.Draft.CapacityKey, Unit = p.Draft.Line.Unit }));
        foreach (var old in previous) old.Supersede();
        db.Quotes.Add(quote);

        inquiry.Status = InquiryStatus.Quoted;
        inquiry.FirstResponseAt ??= now;
        inquiry.Touch(now);
        thread.System(inquiry, string.Create(CultureInfo.InvariantCulture,
            $"Quote version {quote.Version} sent: {quote.Total} ({Incoterms.Describe(incoterm, port)}), valid until {validUntil:yyyy-MM-dd}."));
        db.Changed(inquiry, InquiryChange.QuoteSent, clock, quote.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The inquiry's revision or the (inquiry, version) index: someone sent a version or changed the inquiry meanwhile.
            return Error.Conflict("quote_conflict", "The inquiry changed while this version was being sent (another version or answer came in): reload and send again.");
        }
        return new QuoteCreated(quote.Id.Value, quote.Version);
    }

    private async Task<(SellerKind, string, MemberId?, (string Field, string Message)?)> SellerAsync(SendQuoteRequest request, QuoteDraft draft, CancellationToken ct)
    {
        var kind = request.SellerKind ?? draft.Settings.SellerKind;
        var named = (request.SellerName ?? (request.SellerKind is null || request.SellerKind == draft.Settings.SellerKind ? draft.Settings.SellerName : null))?.Trim();
        if (named?.Length > Quote.SellerNameMax) return (kind, "", null, ("sellerName", $"At most {Quote.SellerNameMax} characters."));
        switch (kind)
        {
            case SellerKind.Association:
                return (kind, named is { Length: > 0 } ? named : draft.Association.NameEn, null, null);
            case SellerKind.ExportCentre:
                return (kind, named is { Length: > 0 } ? named : $"{draft.Association.NameEn} Export Centre", null, null);
            default:
                var id = request.LeadFirm is { } given ? new MemberId(given) : draft.Settings.LeadFirm;
                if (id is null) return (kind, "", null, ("leadFirm", "Choose the lead firm that signs the contract."));
                var member = await members.FindAsync(id.Value, ct);
                if (member is null) return (kind, "", null, ("leadFirm", "No such member."));
                if (member.Kind == MemberKind.Household || !member.CanSignContracts || member.Status != MemberStatus.Active)
                    return (kind, "", null, ("leadFirm", "Only an active, registered firm that may sign contracts can be the seller; a household cannot."));
                return (kind, member.DisplayName, member.Id, null);
        }
    }

    /// <summary>The genuine-mark scheme(s) the quoted products carry, or the village's brand when none is granted yet.</summary>
    private async Task<string> MarkSchemeAsync(QuoteDraft draft, CancellationToken ct)
    {
        var products = draft.Lines.Select(l => l.Line.ProductId).Distinct().ToList();
        var marks = await badges.ForProductsAsync(products, Pdf.QuotePdf.LanguageFor(draft.Inquiry.Buyer.Language), ct);
        var names = marks.Values.SelectMany(b => b).Select(b => b.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var text = names.Count > 0 ? string.Join("; ", names) : draft.Association.BrandName;
        return text.Length <= Quote.MarkStatementMax ? text : text[..Quote.MarkStatementMax];
    }
}
