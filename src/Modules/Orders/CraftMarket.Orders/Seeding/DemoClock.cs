namespace CraftMarket.Orders.Seeding;

/// <summary>A clock the demo moves forward by hand, so a demo order's timeline spreads over the weeks it would have taken.</summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
