using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SharedKernel.Text;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Seeding;

/// <summary>
/// The trade demo: in each village one inquiry in every status (new, allocating, quoted, accepted,
/// declined, expired, withdrawn) from the two demo buyers, with threads (and an internal note),
/// shares offered to the products' makers and answered by them (accepted, declined, countered),
/// quote versions (a superseded v1 beside the open v2) and the accepted quote's capacity
/// commitments. Written as the features would leave them, straight to the tables: the demo must
/// not depend on SMS or e-mail. After Identity (30), Catalogue (40) and QualityMarks (60); runs
/// once per association (a village with inquiries is left alone).
/// </summary>
internal sealed class InquiriesDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 70;

    public static readonly IReadOnlyList<string> Villages = ["bat-trang", "van-phuc", "dong-ky"];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var lookup = scopes.CreateAsyncScope();
        if (lookup.ServiceProvider.GetService<ITenantDirectory>() is not { } tenants
            || lookup.ServiceProvider.GetService<IBuyerAccounts>() is not { } accounts) return;
        var tokyo = await accounts.FindByEmailAsync("buyer@homeware.example", ct);
        var us = await accounts.FindByEmailAsync("buyer@decor.example", ct);
        if (tokyo is null || us is null) return;
        foreach (var slug in Villages)
            if (tenants.FindBySlug(slug) is { } village) await SeedVillageAsync(village, tokyo, us, ct);
    }

    private async Task SeedVillageAsync(ResolvedTenant village, BuyerAccount tokyo, BuyerAccount us, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(village.Id, village.Slug);
        var db = scope.ServiceProvider.GetRequiredService<InquiriesDb>();
        if (await db.Inquiries.AnyAsync(ct)) return;
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
        var published = new List<PublishedProduct>();
        await foreach (var p in catalogue.PublishedAsync(ct))
            if (p.Makers.Count > 0) published.Add(p);
        if (published.Count < 2) return;
        published.Sort((a, b) => a.Id.Value.CompareTo(b.Id.Value));
        var members = (await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(ct)).ToDictionary(m => m.Id);
        var numbers = scope.ServiceProvider.GetRequiredService<TradeSettingsStore>();
        var rate = village.DisplayRate("USD");
        var plan = new VillagePlan(db, numbers, village, published, members, rate, clock.GetUtcNow());

        foreach (var (status, index) in Statuses.Select((s, i) => (s, i)))
            await plan.InquiryAsync(status, index % 2 == 0 ? tokyo : us, index, ct);
        await db.SaveChangesAsync(ct);
    }

    private static readonly IReadOnlyList<InquiryStatus> Statuses =
    [
        InquiryStatus.New, InquiryStatus.Allocating, InquiryStatus.Quoted, InquiryStatus.Accepted,
        InquiryStatus.Declined, InquiryStatus.Expired, InquiryStatus.Withdrawn,
    ];

    /// <summary>One village's demo inquiries, built as the features would have left them.</summary>
    private sealed class VillagePlan(
        InquiriesDb db, TradeSettingsStore numbers, ResolvedTenant village, IReadOnlyList<PublishedProduct> products,
        IReadOnlyDictionary<MemberId, MemberSummary> members, ExchangeRate? usd, DateTimeOffset now)
    {
        private DateOnly Today => VietnamCalendar.Today(now);

        public async Task InquiryAsync(InquiryStatus status, BuyerAccount buyer, int index, CancellationToken ct)
        {
            // Older inquiries further along: an accepted one was sent weeks ago, a new one today.
            var sentAt = now.AddDays(-(int)status * 6 - 1).AddHours(-index);
            var product = products[index % products.Count];
            var quantity = Whole(Math.Max(product.MinimumOrderQuantity * 4, 200), product.OrderMultiple);
            var inquiry = new Inquiry(db.Tenant, InquiryId.New(), await numbers.NextNumberAsync(sentAt, ct),
                new BuyerContact(buyer.UserId, buyer.Name, buyer.Email, buyer.Company, buyer.Language is "vi" or "en" or "fr" or "ja" ? buyer.Language : "en"),
                index % 3 == 0 ? InquirySource.CrossVillage : InquirySource.Village, sentAt)
            {
                Status = status,
                RequiredBy = VietnamCalendar.Today(sentAt).AddDays(Math.Max(product.LeadTimeDays, 30) + 60),
                Incoterm = index % 2 == 0 ? Incoterm.FOB : Incoterm.CIF,
                DestinationPort = index % 2 == 0 ? null : buyer.Country == "JP" ? "Yokohama" : "Long Beach",
                DestinationCountry = buyer.Country ?? "US",
                Packaging = "Export cartons, each piece wrapped; 6 pieces per inner box.",
                Labelling = "Buyer's barcode sticker on each carton.",
                WantsMarkedGoods = index % 2 == 0,
                SampleRequested = status == InquiryStatus.New,
                Notes = "Please confirm glaze colour consistency across households.",
                AssigneeName = status == InquiryStatus.New ? null : "Export desk",
            };
            var line = new InquiryLine(InquiryLineId.New(), 0, product.Id, (product.Variants.Count > 0 ? product.Variants[0].Sku : null), quantity, null, product.Unit);
            inquiry.Lines.Add(line);
            if (status != InquiryStatus.New) inquiry.FirstResponseAt = sentAt.AddHours(5);
            db.Inquiries.Add(inquiry);

            Say(inquiry, MessageAuthor.Buyer, buyer.Name, "Hello, we would like a quote for this order. Is the delivery date possible?", sentAt.AddMinutes(1));
            if (status == InquiryStatus.New) return;
            Say(inquiry, MessageAuthor.Desk, "Export desk", "Thank you. We are checking capacity with our member households and will quote within a few days.", sentAt.AddHours(5));
            Say(inquiry, MessageAuthor.Desk, "Export desk", "Ghi chú nội bộ: khách quen, ưu tiên hộ chưa có việc tháng này.", sentAt.AddHours(5).AddMinutes(2), isInternal: true);

            switch (status)
            {
                case InquiryStatus.Allocating:
                    Shares(inquiry, line, product, sentAt, ShareStatus.Accepted, ShareStatus.Declined, ShareStatus.Countered);
                    break;
                case InquiryStatus.Quoted:
                    Shares(inquiry, line, product, sentAt, ShareStatus.Accepted, ShareStatus.Accepted);
                    Quote(inquiry, line, product, 1, QuoteStatus.Superseded, sentAt.AddDays(2));
                    Quote(inquiry, line, product, 2, QuoteStatus.Sent, sentAt.AddDays(4));
                    Say(inquiry, MessageAuthor.Buyer, buyer.Name, "Could you do a better price for the full quantity?", sentAt.AddDays(3));
                    break;
                case InquiryStatus.Accepted:
                    var accepted = Shares(inquiry, line, product, sentAt, ShareStatus.Accepted, ShareStatus.Accepted);
                    var quote = Quote(inquiry, line, product, 1, QuoteStatus.Accepted, sentAt.AddDays(3));
                    quote.AcceptedAt = sentAt.AddDays(5);
                    quote.AcceptedByUserId = buyer.UserId;
                    quote.OrderId = OrderId.New();
                    foreach (var share in accepted)
                        db.Commitments.Add(new CapacityCommitment(db.Tenant, share.MemberId, TextFolding.Fold(product.CategoryName.GetValueOrDefault("vi") ?? ""),
                            product.Id, VietnamCalendar.Today(quote.AcceptedAt.Value), share.DueOn, share.Quantity, "quote", share.Id.Value, quote.AcceptedAt.Value));
                    break;
                case InquiryStatus.Declined:
                    Say(inquiry, MessageAuthor.Desk, "Export desk", "We are sorry: our members cannot make this quantity by the date you need. We would be glad to quote a later date.", sentAt.AddDays(1));
                    break;
                case InquiryStatus.Expired:
                    Shares(inquiry, line, product, sentAt, ShareStatus.Accepted);
                    var old = Quote(inquiry, line, product, 1, QuoteStatus.Expired, sentAt.AddDays(2));
                    old.ValidUntil = Today.AddDays(-3);
                    break;
                case InquiryStatus.Withdrawn:
                    Say(inquiry, MessageAuthor.Buyer, buyer.Name, "Our customer cancelled the project; we withdraw this request. Thank you.", sentAt.AddDays(1));
                    break;
            }
        }

        private void Say(Inquiry inquiry, MessageAuthor author, string name, string body, DateTimeOffset at, bool isInternal = false) =>
            db.Messages.Add(new InquiryMessage(db.Tenant, inquiry.Id, author, author == MessageAuthor.Buyer ? inquiry.Buyer.UserId : null, name, body, isInternal, at));

        /// <summary>The line split among the product's makers (then any other member), whole cases, answered as given.</summary>
        private List<Share> Shares(Inquiry inquiry, InquiryLine line, PublishedProduct product, DateTimeOffset sentAt, params ShareStatus[] answers)
        {
            var makers = product.Makers.Where(members.ContainsKey)
                .Concat(members.Keys.Where(m => !product.Makers.Contains(m)).OrderBy(m => m.Value)).Take(answers.Length).ToList();
            var cases = line.Quantity / Math.Max(1, product.OrderMultiple);
            var shares = new List<Share>();
            for (var i = 0; i < makers.Count; i++)
            {
                var part = (cases / makers.Count + (i < cases % makers.Count ? 1 : 0)) * Math.Max(1, product.OrderMultiple);
                if (i == makers.Count - 1) part = line.Quantity - shares.Sum(s => s.Quantity);
                var share = new Share(db.Tenant, inquiry.Id, line.Id, product.Id, makers[i], part,
                    i < product.Makers.Count ? "Nhà sản xuất sản phẩm; còn công suất trong kỳ" : "Cùng nghề; còn công suất trong kỳ",
                    inquiry.RequiredBy.AddDays(-14), sentAt.AddHours(6))
                {
                    Status = answers[i],
                    MemberUnitPriceDong = MemberPrice(product),
                    OfferedAt = sentAt.AddHours(6),
                    Deadline = sentAt.AddHours(54),
                    AnsweredAt = sentAt.AddHours(20 + i),
                };
                if (answers[i] == ShareStatus.Countered)
                {
                    share.CounterQuantity = Math.Max(Math.Max(1, product.OrderMultiple), share.Quantity / 2 / Math.Max(1, product.OrderMultiple) * Math.Max(1, product.OrderMultiple));
                    share.AnswerNote = "Nhà em chỉ làm được một nửa vì lò đang kín đơn.";
                }
                if (answers[i] == ShareStatus.Declined) share.AnswerNote = "Tháng này nhà em bận mùa vụ.";
                db.Shares.Add(share);
                shares.Add(share);
            }
            return shares;
        }

        /// <summary>What the household is paid per piece: 70% of the catalogue price, whole đồng.</summary>
        private static long MemberPrice(PublishedProduct product) => product.BasePrice.MinorUnits * 7 / 10;

        private Quote Quote(Inquiry inquiry, InquiryLine line, PublishedProduct product, int version, QuoteStatus status, DateTimeOffset sentAt)
        {
            var unitVnd = product.PriceBreaks.Where(b => b.MinQuantity <= line.Quantity).OrderByDescending(b => b.MinQuantity)
                .Select(b => b.UnitPrice).FirstOrDefault() ?? product.BasePrice;
            if (version > 1) unitVnd = new Money(unitVnd.MinorUnits * 95 / 100, unitVnd.Currency);   // v2: the better price the buyer asked for
            var unit = usd?.Convert(unitVnd) ?? unitVnd;
            var quote = new Quote(db.Tenant, inquiry.Id, version, unit.Currency, sentAt)
            {
                Status = status,
                VndPerUnit = usd is null ? 1m : decimal.Round(1m / usd.Rate, 2),
                RateDate = usd?.AsOf ?? VietnamCalendar.Today(sentAt),
                ValidUntil = VietnamCalendar.Today(sentAt).AddDays(30),
                DeliveryDate = inquiry.RequiredBy,
                LeadTimeDays = Math.Max(product.LeadTimeDays, 30),
                Incoterm = inquiry.Incoterm,
                DestinationPort = inquiry.DestinationPort,
                DepositBasisPoints = 3000,
                BalanceTerms = "Balance by T/T before shipment",
                SellerKind = SellerKind.Association,
                SellerName = village.NameEn,
                Language = inquiry.Buyer.Language,
                SentByName = "Export desk",
            };
            var total = unit * line.Quantity;
            quote.Lines.Add(new QuoteLine(line.Id, product.Id, line.VariantSku, product.Name.GetValueOrDefault("en") ?? product.Name["vi"],
                line.Quantity, unit.MinorUnits, total.MinorUnits) { Unit = line.Unit });
            quote.TotalMinor = total.MinorUnits;
            quote.TotalVnd = usd is null ? total.MinorUnits : usd.Inverse().Convert(total).MinorUnits;
            db.Quotes.Add(quote);
            Say(inquiry, MessageAuthor.System, "CraftMarket", $"Quote v{version} sent.", sentAt);
            return quote;
        }

        private static int Whole(int quantity, int multiple) => multiple <= 1 ? quantity : (quantity + multiple - 1) / multiple * multiple;
    }
}
