using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Insight.Data;
using CraftMarket.Insight.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Insight.Features.Indicators;

// The consumers that copy the other modules' events into the read models (ADR 0062). Every one is
// idempotent by event id (the processed mark is saved with the fact) and tolerant of events arriving
// out of order: the moments a fact keeps (submitted, first answered, shipped, ready...) are the
// EARLIEST event that showed them, and the changing fields (status, value, state) are taken only from
// an event at least as recent as every moment the fact already knows, so the last state wins
// whatever order the outboxes deliver in. Events that carry no time (members, products) are stamped
// with the moment they arrive.

/// <summary>Shared time rules of the consumers.</summary>
internal static class FactTimes
{
    public static DateTimeOffset Earliest(DateTimeOffset? known, DateTimeOffset at) => known is { } k && k <= at ? k : at.ToUniversalTime();

    public static DateTimeOffset? Latest(params DateTimeOffset?[] moments)
    {
        DateTimeOffset? latest = null;
        foreach (var m in moments)
            if (m is { } v && (latest is null || v > latest)) latest = v;
        return latest;
    }

    /// <summary>True when an event at <paramref name="at"/> is no older than anything the fact knows: its state wins.</summary>
    public static bool IsNewest(DateTimeOffset at, params DateTimeOffset?[] known) => Latest(known) is not { } latest || at >= latest;
}

/// <summary>Inquiries: source, submission, the desk's first answer, quote and acceptance.</summary>
internal sealed class InquiryFacts(InsightDb db, TimeProvider clock) : IIntegrationEventHandler<InquiryChanged>
{
    private const string Consumer = "insight.inquiry-facts";

    public async Task Handle(InquiryChanged e, CancellationToken ct)
    {
        e = e with { At = e.At.ToUniversalTime() };
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var fact = await db.Inquiries.FirstOrDefaultAsync(f => f.InquiryId == e.InquiryId.Value, ct);
        var isNew = fact is null;
        fact ??= db.Inquiries.Add(new InquiryFact { TenantId = e.TenantId, InquiryId = e.InquiryId.Value, SubmittedAt = e.At }).Entity;

        var newest = isNew || FactTimes.IsNewest(e.At, fact.SubmittedAt, fact.FirstResponseAt, fact.QuotedAt, fact.AcceptedAt);
        // The submission is the inquiry's first event: whatever came before it in delivery order is later in time.
        fact.SubmittedAt = FactTimes.Earliest(fact.SubmittedAt, e.At);
        if (e.Change == InquiryChange.Submitted || fact.Source.Length == 0) fact.Source = e.Source.ToString();
        switch (e.Change)
        {
            case InquiryChange.DeskMessage:
                fact.FirstResponseAt = FactTimes.Earliest(fact.FirstResponseAt, e.At);
                break;
            case InquiryChange.QuoteSent:
                fact.FirstResponseAt = FactTimes.Earliest(fact.FirstResponseAt, e.At);
                fact.QuotedAt = FactTimes.Earliest(fact.QuotedAt, e.At);
                break;
            case InquiryChange.QuoteAccepted:
                fact.AcceptedAt = FactTimes.Earliest(fact.AcceptedAt, e.At);
                // Accepting needs a quote: if its event is still on its way, the acceptance stands in for it.
                fact.QuotedAt = FactTimes.Earliest(fact.QuotedAt, e.At);
                fact.FirstResponseAt = FactTimes.Earliest(fact.FirstResponseAt, e.At);
                break;
        }
        if (newest) fact.Status = e.Status.ToString();
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Orders: value, state, the promised delivery date, and when they shipped, arrived or were cancelled.</summary>
internal sealed class OrderFacts(InsightDb db, TimeProvider clock) : IIntegrationEventHandler<OrderChanged>
{
    private const string Consumer = "insight.order-facts";

    public async Task Handle(OrderChanged e, CancellationToken ct)
    {
        e = e with { At = e.At.ToUniversalTime() };
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var fact = await db.Orders.FirstOrDefaultAsync(f => f.OrderId == e.OrderId.Value, ct);
        var isNew = fact is null;
        fact ??= db.Orders.Add(new OrderFact { TenantId = e.TenantId, OrderId = e.OrderId.Value, PlacedAt = e.At }).Entity;

        var newest = isNew || FactTimes.IsNewest(e.At, fact.PlacedAt, fact.ShippedAt, fact.DeliveredAt, fact.CancelledAt);
        fact.PlacedAt = FactTimes.Earliest(fact.PlacedAt, e.At);
        if (e.State is OrderState.Shipped or OrderState.Delivered or OrderState.Closed) fact.ShippedAt = FactTimes.Earliest(fact.ShippedAt, e.At);
        if (e.State is OrderState.Delivered or OrderState.Closed) fact.DeliveredAt = FactTimes.Earliest(fact.DeliveredAt, e.At);
        if (e.State is OrderState.Cancelled) fact.CancelledAt = FactTimes.Earliest(fact.CancelledAt, e.At);
        if (newest)
        {
            fact.State = e.State.ToString();
            fact.Currency = e.Total.Currency.Code;
            fact.TotalMinor = e.Total.MinorUnits;
            fact.PaidMinor = e.Paid.Currency == e.Total.Currency ? e.Paid.MinorUnits : fact.PaidMinor;
            fact.TotalVnd = e.TotalVnd.Currency == Currency.VND ? e.TotalVnd.MinorUnits : fact.TotalVnd;
            if (e.DeliveryDate is { } promised) fact.DeliveryDate = promised;
        }
        else
        {
            fact.DeliveryDate ??= e.DeliveryDate;
            if (fact.TotalVnd == 0 && e.TotalVnd.Currency == Currency.VND) fact.TotalVnd = e.TotalVnd.MinorUnits;
        }
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Work orders (a household's share): value, due date, when issued, first ready and inspected; inspections and their defects; payouts.</summary>
internal sealed class WorkFacts(InsightDb db, TimeProvider clock, ILogger<WorkFacts> log)
    : IIntegrationEventHandler<WorkOrderChanged>, IIntegrationEventHandler<WorkOrderInspected>, IIntegrationEventHandler<MemberPaid>
{
    private const string WorkConsumer = "insight.work-facts";
    private const string InspectionConsumer = "insight.inspection-facts";
    private const string PayoutConsumer = "insight.payout-facts";

    public async Task Handle(WorkOrderChanged e, CancellationToken ct)
    {
        e = e with { At = e.At.ToUniversalTime() };
        if (await db.AlreadyProcessedAsync(e.EventId, WorkConsumer, ct)) return;
        var fact = await db.Work.FirstOrDefaultAsync(f => f.WorkOrderId == e.WorkOrderId.Value, ct);
        var isNew = fact is null;
        fact ??= db.Work.Add(new WorkFact { TenantId = e.TenantId, WorkOrderId = e.WorkOrderId.Value, IssuedAt = e.At }).Entity;

        var newest = isNew || FactTimes.IsNewest(e.At, fact.IssuedAt, fact.ReadyAt, fact.InspectedAt);
        fact.IssuedAt = FactTimes.Earliest(fact.IssuedAt, e.At);
        // Ready the first time the household said the lot was finished (a rework loop does not move it).
        if (e.State is WorkOrderState.ReadyForInspection or WorkOrderState.Rework or WorkOrderState.Inspected)
            fact.ReadyAt = FactTimes.Earliest(fact.ReadyAt, e.At);
        if (e.State is WorkOrderState.Inspected) fact.InspectedAt = FactTimes.Earliest(fact.InspectedAt, e.At);
        if (newest)
        {
            fact.OrderId = e.OrderId.Value;
            fact.MemberId = e.MemberId.Value;
            fact.State = e.State.ToString();
            fact.Quantity = e.Quantity;
            fact.Accepted = e.Accepted;
            fact.ValueVnd = e.ValueVnd.MinorUnits;
            fact.DueOn = e.DueOn;
        }
        db.MarkProcessed(e.EventId, WorkConsumer, clock);
        await db.SaveChangesAsync(ct);
    }

    public async Task Handle(WorkOrderInspected e, CancellationToken ct)
    {
        e = e with { At = e.At.ToUniversalTime() };
        if (await db.AlreadyProcessedAsync(e.EventId, InspectionConsumer, ct)) return;
        // One inspection is immutable: a second event for the same check (a replay under a new id) changes nothing.
        if (!await db.Inspections.AnyAsync(i => i.CheckId == e.CheckId.Value, ct))
        {
            db.Inspections.Add(new InspectionFact
            {
                TenantId = e.TenantId, CheckId = e.CheckId.Value, WorkOrderId = e.WorkOrderId.Value, MemberId = e.MemberId.Value, At = e.At,
                LotSize = e.LotSize, SampleSize = e.SampleSize, Accepted = e.Accepted, Rework = e.Rework, Rejected = e.Rejected,
                AcceptedValueVnd = e.AcceptedValueVnd.MinorUnits,
            });
            foreach (var type in e.Defects.Where(d => d.Count > 0).GroupBy(d => d.Type.Trim(), StringComparer.Ordinal))
                db.Defects.Add(new DefectFact
                {
                    TenantId = e.TenantId, CheckId = e.CheckId.Value, MemberId = e.MemberId.Value, At = e.At,
                    Type = type.Key.Length > 80 ? type.Key[..80] : type.Key, Count = type.Sum(d => d.Count),
                });
        }
        db.MarkProcessed(e.EventId, InspectionConsumer, clock);
        await db.SaveChangesAsync(ct);
    }

    public async Task Handle(MemberPaid e, CancellationToken ct)
    {
        e = e with { At = e.At.ToUniversalTime() };
        if (await db.AlreadyProcessedAsync(e.EventId, PayoutConsumer, ct)) return;
        if (e.Amount.Currency != Currency.VND)
            log.LogWarning("Payout {PayoutId} is in {Currency}, not đồng; insight counts its timing but not its amount", e.PayoutId, e.Amount.Currency.Code);
        if (!await db.Payouts.AnyAsync(p => p.PayoutId == e.PayoutId.Value, ct))
            db.Payouts.Add(new PayoutFact
            {
                TenantId = e.TenantId, PayoutId = e.PayoutId.Value, MemberId = e.MemberId.Value,
                AmountVnd = e.Amount.Currency == Currency.VND ? e.Amount.MinorUnits : 0, PaidOn = e.PaidOn, At = e.At,
            });
        db.MarkProcessed(e.EventId, PayoutConsumer, clock);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Members: name, kind, when they joined (were invited) and left (were deactivated).</summary>
internal sealed class MemberFacts(InsightDb db, TimeProvider clock)
    : IIntegrationEventHandler<MemberInvited>, IIntegrationEventHandler<MemberChanged>, IIntegrationEventHandler<MemberDeactivated>
{
    private const string Consumer = "insight.member-facts";

    public Task Handle(MemberInvited e, CancellationToken ct) => Apply(e.EventId, e.TenantId, e.MemberId, fact =>
    {
        fact.DisplayName = Trim(e.DisplayName);
        fact.Kind = e.Kind.ToString();
    }, ct);

    public Task Handle(MemberChanged e, CancellationToken ct) => Apply(e.EventId, e.TenantId, e.MemberId, fact =>
    {
        if (e.DisplayName.Length > 0) fact.DisplayName = Trim(e.DisplayName);
    }, ct);

    public Task Handle(MemberDeactivated e, CancellationToken ct) => Apply(e.EventId, e.TenantId, e.MemberId, fact =>
    {
        fact.LeftAt ??= clock.GetUtcNow();
    }, ct);

    private async Task Apply(Guid eventId, SharedKernel.Tenancy.TenantId tenant, MemberId memberId, Action<MemberFact> change, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(eventId, Consumer, ct)) return;
        var now = clock.GetUtcNow();
        var fact = await db.Members.FirstOrDefaultAsync(f => f.MemberId == memberId.Value, ct)
                   ?? db.Members.Add(new MemberFact { TenantId = tenant, MemberId = memberId.Value, JoinedAt = now }).Entity;
        change(fact);
        db.MarkProcessed(eventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }

    private static string Trim(string name) => name.Length > 200 ? name[..200] : name;
}

/// <summary>Products: first published, withdrawn, carrying the mark; certificates: valid, until when, since when.</summary>
internal sealed class ProductFacts(InsightDb db, TimeProvider clock)
    : IIntegrationEventHandler<ProductPublished>, IIntegrationEventHandler<ProductWithdrawn>, IIntegrationEventHandler<ProductQualityMarkChanged>,
        IIntegrationEventHandler<CertificateChanged>, IIntegrationEventBatchHandler<ProductPublished>, IIntegrationEventBatchHandler<ProductWithdrawn>
{
    private const string ProductConsumer = "insight.product-facts";
    private const string CertificateConsumer = "insight.certificate-facts";

    public Task Handle(ProductPublished e, CancellationToken ct) => Apply(e.EventId, e.TenantId, e.Product.Id, (fact, now) =>
    {
        fact.FirstPublishedAt = FactTimes.Earliest(fact.FirstPublishedAt, now);
        fact.WithdrawnAt = null;
    }, ct);

    public Task Handle(ProductWithdrawn e, CancellationToken ct) => Apply(e.EventId, e.TenantId, e.ProductId, (fact, now) =>
    {
        fact.WithdrawnAt = now;
    }, ct);

    public Task Handle(ProductQualityMarkChanged e, CancellationToken ct) => Apply(e.EventId, e.TenantId, e.ProductId, (fact, _) =>
    {
        fact.MarkGranted = e.Granted;
    }, ct, unseenIsWithdrawn: true);

    /// <param name="unseenIsWithdrawn">
    /// A mark can change on a product insight has not seen published: kept as withdrawn until it is,
    /// so it counts neither as new nor as certified before buyers can see it.
    /// </param>
    private async Task Apply(Guid eventId, SharedKernel.Tenancy.TenantId tenant, ProductId productId, Action<ProductFact, DateTimeOffset> change,
        CancellationToken ct, bool unseenIsWithdrawn = false)
    {
        if (await db.AlreadyProcessedAsync(eventId, ProductConsumer, ct)) return;
        var now = clock.GetUtcNow();
        var fact = await db.Products.FirstOrDefaultAsync(f => f.ProductId == productId.Value, ct)
                   ?? db.Products.Add(new ProductFact
                   {
                       TenantId = tenant, ProductId = productId.Value, FirstPublishedAt = now, WithdrawnAt = unseenIsWithdrawn ? now : null,
                   }).Entity;
        change(fact, now);
        db.MarkProcessed(eventId, ProductConsumer, clock);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A CSV import's thousands of publications (ADR 0076): one look-up of what was applied, one of the facts, one SaveChanges.</summary>
    public Task HandleBatch(IReadOnlyList<ProductPublished> events, CancellationToken ct) =>
        ApplyMany([.. events.Select(e => (e.EventId, e.TenantId, e.Product.Id))], (fact, now) =>
        {
            fact.FirstPublishedAt = FactTimes.Earliest(fact.FirstPublishedAt, now);
            fact.WithdrawnAt = null;
        }, ct);

    public Task HandleBatch(IReadOnlyList<ProductWithdrawn> events, CancellationToken ct) =>
        ApplyMany([.. events.Select(e => (e.EventId, e.TenantId, e.ProductId))], (fact, now) => fact.WithdrawnAt = now, ct);

    /// <summary>What <see cref="Apply"/> does for each event of one association, in order, with one SaveChanges; applied events are skipped.</summary>
    private async Task ApplyMany(List<(Guid EventId, SharedKernel.Tenancy.TenantId TenantId, ProductId ProductId)> events,
        Action<ProductFact, DateTimeOffset> change, CancellationToken ct)
    {
        if (events.Count == 0) return;
        if (events.Any(e => e.TenantId != events[0].TenantId))
            throw new InvalidOperationException("A batch of product facts spans more than one association; deliver it one by one.");
        var eventIds = events.Select(e => e.EventId).ToList();
        var applied = (await db.Set<ProcessedMessage>().AsNoTracking()
            .Where(m => m.Consumer == ProductConsumer && eventIds.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(ct)).ToHashSet();
        var todo = events.Where(e => !applied.Contains(e.EventId)).ToList();
        if (todo.Count == 0) return;
        var productIds = todo.Select(e => e.ProductId.Value).Distinct().ToList();
        var facts = await db.Products.Where(f => productIds.Contains(f.ProductId)).ToDictionaryAsync(f => f.ProductId, ct);
        var now = clock.GetUtcNow();
        foreach (var e in todo)
        {
            if (!facts.TryGetValue(e.ProductId.Value, out var fact))
                facts[e.ProductId.Value] = fact = db.Products.Add(new ProductFact { TenantId = e.TenantId, ProductId = e.ProductId.Value, FirstPublishedAt = now }).Entity;
            change(fact, now);
            if (applied.Add(e.EventId)) db.MarkProcessed(e.EventId, ProductConsumer, clock);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task Handle(CertificateChanged e, CancellationToken ct)
    {
        e = e with { At = e.At.ToUniversalTime() };
        if (await db.AlreadyProcessedAsync(e.EventId, CertificateConsumer, ct)) return;
        var fact = await db.Certificates.FirstOrDefaultAsync(f => f.CertificateId == e.CertificateId.Value, ct);
        if (fact is null)
        {
            fact = db.Certificates.Add(new CertificateFact
            {
                TenantId = e.TenantId, CertificateId = e.CertificateId.Value, MemberId = e.MemberId.Value, GrantedAt = e.At, ChangedAt = e.At,
                Valid = e.Valid, ValidUntil = e.ValidUntil,
            }).Entity;
        }
        else if (e.At >= fact.ChangedAt)
        {
            fact.Valid = e.Valid;
            fact.ValidUntil = e.ValidUntil;
            fact.ChangedAt = e.At;
        }
        if (e.Change == CertificateChange.Granted) fact.GrantedAt = FactTimes.Earliest(fact.GrantedAt, e.At);
        db.MarkProcessed(e.EventId, CertificateConsumer, clock);
        await db.SaveChangesAsync(ct);
    }
}
