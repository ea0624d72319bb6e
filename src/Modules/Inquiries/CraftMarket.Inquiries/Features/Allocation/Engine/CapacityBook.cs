using CraftMarket.Members.Contracts;

namespace CraftMarket.Inquiries.Features.Allocation.Engine;

/// <summary>
/// Each member's capacity left in the production window, per capacity key, as the proposal runs:
/// monthly capacity × window days / 30 (rounded down), minus work already committed in the window
/// (each commitment pro rata to the days it overlaps the window, rounded up: never promise a piece
/// twice), minus what earlier lines of this proposal took. The window runs from today through the
/// due date, both included.
/// </summary>
internal sealed class CapacityBook
{
    public const int DaysPerMonth = 30;

    // Per capacity key, then per member: a line reads one key's ledger, hashing member ids only.
    private readonly Dictionary<string, Ledger> ledgers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<MemberId, long>> committed = new(StringComparer.Ordinal);

    public CapacityBook(AllocationInput input)
    {
        WindowDays = input.DueOn < input.Today ? 0 : input.DueOn.DayNumber - input.Today.DayNumber + 1;
        From = input.Today;
        To = input.DueOn;
        foreach (var work in input.Committed)
        {
            var share = ProRata(work, From, To);
            if (share <= 0) continue;
            if (!committed.TryGetValue(work.CapacityKey, out var byMember)) committed[work.CapacityKey] = byMember = [];
            byMember[work.MemberId] = byMember.GetValueOrDefault(work.MemberId) + share;
        }
    }

    public int WindowDays { get; }
    public DateOnly From { get; }
    public DateOnly To { get; }

    /// <summary>The members' capacity left under one key.</summary>
    public Ledger For(string key)
    {
        if (!ledgers.TryGetValue(key, out var ledger))
            ledgers[key] = ledger = new Ledger(key, WindowDays, committed.GetValueOrDefault(key));
        return ledger;
    }

    /// <summary>What <paramref name="member"/> can still make under <paramref name="key"/> in the window.</summary>
    public int Left(Candidate member, string key) => For(key).Left(member);

    public void Take(Candidate member, string key, int quantity) => For(key).Take(member, quantity);

    internal sealed class Ledger(string key, int windowDays, Dictionary<MemberId, long>? committed)
    {
        private readonly Dictionary<MemberId, int> left = [];

        public int Left(Candidate member)
        {
            if (left.TryGetValue(member.Id, out var known)) return known;
            var value = Initial(member.MonthlyCapacity.GetValueOrDefault(key), windowDays, committed?.GetValueOrDefault(member.Id) ?? 0);
            left[member.Id] = value;
            return value;
        }

        public void Take(Candidate member, int quantity) => left[member.Id] = Left(member) - quantity;
    }

    /// <summary>Monthly capacity scaled to the window, minus committed work, never below zero.</summary>
    public static int Initial(int monthly, int windowDays, long committed)
    {
        var inWindow = (long)Math.Max(0, monthly) * windowDays / DaysPerMonth;
        return (int)Math.Clamp(inWindow - committed, 0, int.MaxValue);
    }

    /// <summary>The part of a commitment falling in [from, to]: its quantity × overlapping days / its days, rounded up.</summary>
    public static long ProRata(CommittedWork work, DateOnly from, DateOnly to)
    {
        if (work.Quantity <= 0 || work.To < work.From) return 0;
        var start = work.From > from ? work.From : from;
        var end = work.To < to ? work.To : to;
        if (end < start) return 0;
        long overlap = end.DayNumber - start.DayNumber + 1, days = work.To.DayNumber - work.From.DayNumber + 1;
        return (work.Quantity * overlap + days - 1) / days;
    }
}
