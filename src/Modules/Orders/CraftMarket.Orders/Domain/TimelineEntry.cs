using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// One line of an order's timeline: a state change, a payment, a document, a note. Written in the same
/// SaveChanges as the change (<see cref="OrderEvents"/>), never edited: it is the order's audit trail.
/// <see cref="ForBuyer"/> false keeps desk-only lines (household names, member prices) off the buyer's page.
/// </summary>
internal sealed class TimelineEntry : ITenantOwned
{
    public const int KindMax = 40, TextMax = 1000;

    private TimelineEntry() { }   // EF

    public TimelineEntry(TenantId tenantId, OrderId orderId, string kind, string actorName, string text, bool forBuyer, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        OrderId = orderId;
        Kind = kind;
        ActorName = actorName;
        Text = text;
        ForBuyer = forBuyer;
        At = at;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public OrderId OrderId { get; private set; }
    /// <summary>Machine kind ("state:InProduction", "payment", "document:proforma", "note"), so pages translate it.</summary>
    public string Kind { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    /// <summary>Detail in English or as typed (amounts, references); pages build the sentence from <see cref="Kind"/>.</summary>
    public string Text { get; private set; } = "";
    public bool ForBuyer { get; private set; }
    public DateTimeOffset At { get; private set; }
}
