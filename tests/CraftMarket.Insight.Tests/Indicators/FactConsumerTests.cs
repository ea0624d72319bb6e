using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Insight.Data;
using CraftMarket.Insight.Tests.Support;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Tests.Indicators;

/// <summary>
/// The consumers that fill the read models: fed by the real modules end to end (a buyer's inquiry, an
/// invited household), and straight to the handlers for the rest, in the wrong order and twice.
/// </summary>
[Collection(InsightCollection.Name)]
public sealed class FactConsumerTests(InsightApp app)
{
    private const string Slug = "dong-ky";
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private TenantId Tenant => app.TenantIdOf(Slug);

    [Fact]
    public async Task A_buyers_inquiry_sent_through_the_inquiries_api_becomes_an_inquiry_fact()
    {
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
            PublishedProduct? product = null;
            await foreach (var p in catalogue.PublishedAsync(CancellationToken.None))
                if (p.MinimumOrderQuantity >= 1 && p.OrderMultiple >= 1) { product = p; break; }
            product.ShouldNotBeNull();
            var quantity = (product.MinimumOrderQuantity + product.OrderMultiple - 1) / product.OrderMultiple * product.OrderMultiple;
            var buyer = await app.Buyer("bat-trang");
            var response = await buyer.PostAsJsonAsync("/api/inquiries", new
            {
                lines = new[] { new { productId = product.Id.Value, variantSku = (string?)null, quantity = (long)quantity } },
                requiredBy = DateTime.UtcNow.AddDays(200).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                incoterm = "FOB",
                destinationPort = (string?)null,
                destinationCountry = "JP",
                packaging = "Each bowl in a brown box, 24 to a carton",
                labelling = "Our barcode on the base",
                wantsMarkedGoods = true,
                sampleRequested = false,
                notes = "Insight counts this one.",
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

            await app.WaitForOutboxesAsync();

            await using var read = app.ScopeFor("bat-trang");
            var fact = await InsightSite.Db(read).Inquiries.AsNoTracking().SingleAsync(f => f.InquiryId == id);
            fact.Source.ShouldBe(nameof(InquirySource.Direct));
            fact.Status.ShouldBe(nameof(InquiryStatus.New));
            fact.SubmittedAt.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
            fact.FirstResponseAt.ShouldBeNull();
            // Never in another association's read models.
            await using var other = app.ScopeFor("van-phuc");
            (await InsightSite.Db(other).Inquiries.AsNoTracking().AnyAsync(f => f.InquiryId == id)).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task A_household_invited_through_the_members_api_becomes_a_member_fact()
    {
        var (id, _) = await app.InviteHousehold("bat-trang", "Hộ gốm Đếm Được");

        await app.WaitForOutboxesAsync();

        await using var scope = app.ScopeFor("bat-trang");
        var fact = await InsightSite.Db(scope).Members.AsNoTracking().SingleAsync(f => f.MemberId == id);
        fact.DisplayName.ShouldBe("Hộ gốm Đếm Được");
        fact.Kind.ShouldBe(nameof(MemberKind.Household));
        fact.LeftAt.ShouldBeNull();
    }

    [Fact]
    public async Task Inquiry_events_in_the_wrong_order_and_twice_keep_the_first_moments_and_the_last_status()
    {
        var inquiry = InquiryId.New();
        InquiryChanged Changed(InquiryChange change, InquiryStatus status, int minutes) =>
            new(Guid.CreateVersion7(), Tenant, inquiry, change, status, change == InquiryChange.QuoteSent ? 1 : null, InquirySource.CrossVillage,
                T0.AddMinutes(minutes));
        var submitted = Changed(InquiryChange.Submitted, InquiryStatus.New, 0);
        var answered = Changed(InquiryChange.DeskMessage, InquiryStatus.Allocating, 90);
        var quoted = Changed(InquiryChange.QuoteSent, InquiryStatus.Quoted, 600);
        var accepted = Changed(InquiryChange.QuoteAccepted, InquiryStatus.Accepted, 2000);
        var buyerWrote = Changed(InquiryChange.BuyerMessage, InquiryStatus.Quoted, 1000);

        foreach (var e in new[] { accepted, buyerWrote, answered, submitted, quoted, answered, accepted })
            await DeliverAsync(e);

        await using var scope = app.ScopeFor(Slug);
        var fact = await InsightSite.Db(scope).Inquiries.AsNoTracking().SingleAsync(f => f.InquiryId == inquiry.Value);
        fact.SubmittedAt.ShouldBe(T0);
        fact.FirstResponseAt.ShouldBe(T0.AddMinutes(90));
        fact.QuotedAt.ShouldBe(T0.AddMinutes(600));
        fact.AcceptedAt.ShouldBe(T0.AddMinutes(2000));
        fact.Status.ShouldBe(nameof(InquiryStatus.Accepted));
        fact.Source.ShouldBe(nameof(InquirySource.CrossVillage));
    }

    [Fact]
    public async Task Order_events_keep_the_last_state_and_value_and_the_first_shipping_moment_whatever_the_order()
    {
        var order = OrderId.New();
        OrderChanged Changed(OrderChange change, OrderState state, long paid, int hours) =>
            new(Guid.CreateVersion7(), Tenant, order, change, state, new Money(1_000_000, Currency.USD), new Money(paid, Currency.USD),
                Money.Of(250_000_000, Currency.VND), T0.AddHours(hours), new DateOnly(2026, 5, 1));
        var placed = Changed(OrderChange.Placed, OrderState.AwaitingDeposit, 0, 0);
        var deposit = Changed(OrderChange.PaymentReceived, OrderState.InProduction, 300_000, 24);
        var shipped = Changed(OrderChange.StateChanged, OrderState.Shipped, 1_000_000, 500);
        var delivered = Changed(OrderChange.StateChanged, OrderState.Delivered, 1_000_000, 800);

        foreach (var e in new[] { delivered, deposit, placed, shipped, deposit })
            await DeliverAsync(e);
        // The same event id again with other figures (a replay): nothing changes.
        await DeliverAsync(delivered with { TotalVnd = Money.Of(1, Currency.VND) });

        await using var scope = app.ScopeFor(Slug);
        var fact = await InsightSite.Db(scope).Orders.AsNoTracking().SingleAsync(f => f.OrderId == order.Value);
        fact.PlacedAt.ShouldBe(T0);
        fact.State.ShouldBe(nameof(OrderState.Delivered));
        fact.ShippedAt.ShouldBe(T0.AddHours(500));
        fact.DeliveredAt.ShouldBe(T0.AddHours(800));
        fact.TotalVnd.ShouldBe(250_000_000);
        fact.Currency.ShouldBe("USD");
        fact.TotalMinor.ShouldBe(1_000_000);
        fact.PaidMinor.ShouldBe(1_000_000);
        fact.DeliveryDate.ShouldBe(new DateOnly(2026, 5, 1));
        fact.CancelledAt.ShouldBeNull();
    }

    [Fact]
    public async Task Work_orders_keep_their_first_ready_moment_through_rework_and_inspections_and_payouts_are_stored_once()
    {
        var work = WorkOrderId.New();
        var order = OrderId.New();
        var member = MemberId.New();
        WorkOrderChanged Changed(WorkOrderState state, int accepted, int hours) =>
            new(Guid.CreateVersion7(), Tenant, work, order, member, state, 200, state >= WorkOrderState.ReadyForInspection ? 200 : 0, accepted,
                Money.Of(24_000_000, Currency.VND), new DateOnly(2026, 3, 20), T0.AddHours(hours));

        foreach (var e in new[]
                 {
                     Changed(WorkOrderState.Inspected, 190, 400), Changed(WorkOrderState.Started, 0, 10), Changed(WorkOrderState.Assigned, 0, 0),
                     Changed(WorkOrderState.ReadyForInspection, 0, 200), Changed(WorkOrderState.Rework, 0, 250), Changed(WorkOrderState.ReadyForInspection, 0, 300),
                 })
            await DeliverAsync(e);

        var check = QualityCheckId.New();
        var inspected = new WorkOrderInspected(Guid.CreateVersion7(), Tenant, check, work, order, member, InspectionOutcome.Accepted, 200, 32, 190, 0, 10,
            [new DefectCount("nứt men", 2), new DefectCount("cong vênh", 1), new DefectCount("nứt men", 1)], Money.Of(22_800_000, Currency.VND), T0.AddHours(399));
        await DeliverAsync(inspected);
        await DeliverAsync(inspected with { EventId = Guid.CreateVersion7() });   // the same check under another id

        var payout = PayoutId.New();
        var paid = new MemberPaid(Guid.CreateVersion7(), Tenant, payout, member, Money.Of(22_800_000, Currency.VND), PayoutMethod.BankTransfer,
            new DateOnly(2026, 3, 25), T0.AddDays(23));
        await DeliverAsync(paid);
        await DeliverAsync(paid);

        await using var scope = app.ScopeFor(Slug);
        var db = InsightSite.Db(scope);
        var fact = await db.Work.AsNoTracking().SingleAsync(f => f.WorkOrderId == work.Value);
        fact.IssuedAt.ShouldBe(T0);
        fact.ReadyAt.ShouldBe(T0.AddHours(200));
        fact.InspectedAt.ShouldBe(T0.AddHours(400));
        fact.State.ShouldBe(nameof(WorkOrderState.Inspected));
        fact.Accepted.ShouldBe(190);
        fact.ValueVnd.ShouldBe(24_000_000);
        fact.MemberId.ShouldBe(member.Value);
        fact.OrderId.ShouldBe(order.Value);
        fact.DueOn.ShouldBe(new DateOnly(2026, 3, 20));

        var inspection = await db.Inspections.AsNoTracking().SingleAsync(f => f.CheckId == check.Value);
        (inspection.SampleSize, inspection.Accepted, inspection.Rejected, inspection.AcceptedValueVnd).ShouldBe((32, 190, 10, 22_800_000L));
        var defects = await db.Defects.AsNoTracking().Where(f => f.CheckId == check.Value).OrderBy(f => f.Type).Select(f => new { f.Type, f.Count }).ToListAsync();
        defects.Select(d => (d.Type, d.Count)).ShouldBe([("cong vênh", 1), ("nứt men", 3)]);
        var payoutFact = await db.Payouts.AsNoTracking().SingleAsync(f => f.PayoutId == payout.Value);
        (payoutFact.MemberId, payoutFact.AmountVnd, payoutFact.PaidOn).ShouldBe((member.Value, 22_800_000L, new DateOnly(2026, 3, 25)));
    }

    [Fact]
    public async Task Members_join_change_their_name_and_leave()
    {
        var member = MemberId.New();
        await DeliverAsync(new MemberInvited(Guid.CreateVersion7(), Tenant, member, "Cơ sở Sơn Mài Đông Kỵ", "Lê Văn Hải", "+84970000001", "vi", MemberKind.Enterprise));
        await DeliverAsync(new MemberChanged(Guid.CreateVersion7(), Tenant, member, "+84970000001", "vi", "Cơ sở Gỗ Đông Kỵ"));

        await using (var scope = app.ScopeFor(Slug))
        {
            var fact = await InsightSite.Db(scope).Members.AsNoTracking().SingleAsync(f => f.MemberId == member.Value);
            (fact.DisplayName, fact.Kind, fact.LeftAt).ShouldBe(("Cơ sở Gỗ Đông Kỵ", nameof(MemberKind.Enterprise), (DateTimeOffset?)null));
        }

        await DeliverAsync(new MemberDeactivated(Guid.CreateVersion7(), Tenant, member));
        await using (var scope = app.ScopeFor(Slug))
        {
            var fact = await InsightSite.Db(scope).Members.AsNoTracking().SingleAsync(f => f.MemberId == member.Value);
            fact.LeftAt.ShouldNotBeNull();
            fact.LeftAt!.Value.ShouldBeGreaterThanOrEqualTo(fact.JoinedAt);
        }
    }

    [Fact]
    public async Task A_mark_granted_before_insight_saw_the_product_published_counts_only_once_it_is_published()
    {
        var product = await SomeProductAsync();
        await DeliverAsync(new ProductQualityMarkChanged(Guid.CreateVersion7(), Tenant, product.Id, true));

        await using (var scope = app.ScopeFor(Slug))
        {
            var fact = await InsightSite.Db(scope).Products.AsNoTracking().SingleAsync(f => f.ProductId == product.Id.Value);
            fact.MarkGranted.ShouldBeTrue();
            fact.WithdrawnAt.ShouldNotBeNull();
        }

        await DeliverAsync(new ProductPublished(Guid.CreateVersion7(), Tenant, product));
        await using (var scope = app.ScopeFor(Slug))
        {
            var fact = await InsightSite.Db(scope).Products.AsNoTracking().SingleAsync(f => f.ProductId == product.Id.Value);
            (fact.MarkGranted, fact.WithdrawnAt).ShouldBe((true, (DateTimeOffset?)null));
        }

        await DeliverAsync(new ProductWithdrawn(Guid.CreateVersion7(), Tenant, product.Id));
        await using (var scope = app.ScopeFor(Slug))
            (await InsightSite.Db(scope).Products.AsNoTracking().SingleAsync(f => f.ProductId == product.Id.Value)).WithdrawnAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_certificate_takes_the_state_of_its_latest_change_even_when_an_older_one_arrives_last()
    {
        var certificate = CertificateId.New();
        var member = MemberId.New();
        CertificateChanged Changed(CertificateChange change, bool valid, int days) =>
            new(Guid.CreateVersion7(), Tenant, certificate, member, "DK-2026-001", change, valid, 3, new DateOnly(2028, 3, 1), T0.AddDays(days));

        foreach (var e in new[] { Changed(CertificateChange.Suspended, false, 20), Changed(CertificateChange.Granted, true, 0), Changed(CertificateChange.Reinstated, true, 10) })
            await DeliverAsync(e);

        await using var scope = app.ScopeFor(Slug);
        var fact = await InsightSite.Db(scope).Certificates.AsNoTracking().SingleAsync(f => f.CertificateId == certificate.Value);
        (fact.Valid, fact.GrantedAt, fact.ChangedAt, fact.MemberId).ShouldBe((false, T0, T0.AddDays(20), member.Value));
    }

    /// <summary>Hands the event to this module's consumers of it, each in its own scope of the event's association, as the outbox does.</summary>
    private async Task DeliverAsync<TEvent>(TEvent e) where TEvent : ITenantEvent
    {
        int count;
        await using (var probe = app.ScopeFor(Slug))
            count = Ours<TEvent>(probe).Count;
        count.ShouldBeGreaterThan(0, $"insight consumes {typeof(TEvent).Name}");
        for (var i = 0; i < count; i++)
        {
            await using var scope = app.ScopeFor(Slug);
            await Ours<TEvent>(scope)[i].Handle(e, CancellationToken.None);
        }
    }

    private static List<IIntegrationEventHandler<TEvent>> Ours<TEvent>(AsyncServiceScope scope) where TEvent : IIntegrationEvent =>
        scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>().Where(h => h.GetType().Assembly == typeof(InsightDb).Assembly).ToList();

    private async Task<PublishedProduct> SomeProductAsync()
    {
        await using var scope = app.ScopeFor(Slug);
        await foreach (var p in scope.ServiceProvider.GetRequiredService<ICatalogue>().PublishedAsync(CancellationToken.None))
            return p with { Id = new ProductId(Guid.CreateVersion7()) };
        throw new InvalidOperationException($"{Slug} has no published product.");
    }
}
