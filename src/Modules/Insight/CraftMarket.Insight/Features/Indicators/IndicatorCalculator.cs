using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Insight.Features.Indicators;

/// <summary>
/// The indicator arithmetic: pure functions of the fact rows, a period and today (ADR 0062). Decimal
/// throughout (never floating point), ratios as fractions rounded to <see cref="RatioDigits"/> places,
/// null when there is nothing to divide by. Moments are compared with the period's Vietnam-day bounds.
/// </summary>
internal static class IndicatorCalculator
{
    public const int RatioDigits = 4;
    public const int DayDigits = 1;

    // ----- building blocks -----

    /// <summary><paramref name="part"/> / <paramref name="whole"/>, rounded half away from zero; null for a zero whole.</summary>
    public static decimal? Ratio(decimal part, decimal whole) =>
        whole == 0 ? null : Math.Round(part / whole, RatioDigits, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The Gini coefficient of non-negative values: 0 when everyone has the same, (n-1)/n when one has
    /// everything. Sorted ascending, G = Σ (2i − n − 1)·x_i / (n · Σx) (i from 1), computed exactly in
    /// decimal and divided once, so it is the same for the values in any order and at any scale.
    /// Null for no values or a zero total.
    /// </summary>
    public static decimal? Gini(IReadOnlyCollection<long> values)
    {
        if (values.Any(v => v < 0)) throw new ArgumentOutOfRangeException(nameof(values), "Work value cannot be negative.");
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        decimal total = 0, weighted = 0;
        for (var i = 0; i < n; i++)
        {
            total += sorted[i];
            weighted += (2m * (i + 1) - n - 1) * sorted[i];
        }
        return total == 0 ? null : Ratio(weighted, n * total);
    }

    /// <summary>The share of the total held by the <paramref name="top"/> largest values; null for a zero total.</summary>
    public static decimal? TopShare(IReadOnlyCollection<long> values, int top = 5)
    {
        decimal total = 0;
        foreach (var v in values) total += v;
        if (total == 0) return null;
        decimal largest = 0;
        foreach (var v in values.OrderDescending().Take(top)) largest += v;
        return Ratio(largest, total);
    }

    /// <summary>The median (the mean of the middle two for an even count), rounded to <paramref name="digits"/>; null for none.</summary>
    public static decimal? Median(IReadOnlyCollection<decimal> values, int digits = DayDigits)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, digits, MidpointRounding.AwayFromZero);
    }

    public static decimal? Average(IReadOnlyCollection<decimal> values, int digits = DayDigits) =>
        values.Count == 0 ? null : Math.Round(values.Sum() / values.Count, digits, MidpointRounding.AwayFromZero);

    /// <summary>Exact hours between two instants, as a decimal (ticks / ticks per hour).</summary>
    public static decimal Hours(DateTimeOffset from, DateTimeOffset to) => (decimal)(to.UtcTicks - from.UtcTicks) / TimeSpan.TicksPerHour;

    /// <summary>The first day of the 12 months that end with the period's last day (participation's window).</summary>
    public static DateOnly ParticipationStart(Period period) => period.To.AddDays(1).AddMonths(-12);

    private static bool In(DateTimeOffset at, DateTimeOffset start, DateTimeOffset end) => at >= start && at < end;

    /// <summary>A member belongs from the instant after it joined up to the instant it left (never before it joined).</summary>
    private static bool ActiveAt(MemberRow m, DateTimeOffset at) => m.JoinedAt < at && (Left(m) is not { } left || left >= at);

    private static DateTimeOffset? Left(MemberRow m) => m.LeftAt is { } left && left < m.JoinedAt ? m.JoinedAt : m.LeftAt;

    // ----- the indicators -----

    public static Leads Leads(IReadOnlyList<InquiryRow> inquiries, Period period)
    {
        var (start, end) = Bounds(period);
        var bySource = new Dictionary<string, int>(StringComparer.Ordinal);
        var hours = new List<decimal>();
        var count = 0;
        foreach (var i in inquiries)
        {
            if (!In(i.SubmittedAt, start, end)) continue;
            count++;
            bySource[i.Source] = bySource.GetValueOrDefault(i.Source) + 1;
            if (i.FirstResponseAt is { } answered) hours.Add(Hours(i.SubmittedAt, answered < i.SubmittedAt ? i.SubmittedAt : answered));
        }
        var sources = bySource.Select(s => new SourceCount(s.Key, s.Value))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();
        return new Leads(count, sources, hours.Count, Median(hours));
    }

    /// <summary>Of the inquiries submitted in the period: how many were quoted, how many accepted; the rate is accepted / quoted.</summary>
    public static QuoteConversion QuoteConversion(IReadOnlyList<InquiryRow> inquiries, Period period)
    {
        var (start, end) = Bounds(period);
        int count = 0, quoted = 0, accepted = 0;
        foreach (var i in inquiries)
        {
            if (!In(i.SubmittedAt, start, end)) continue;
            count++;
            if (i.QuotedAt is not null || i.AcceptedAt is not null) quoted++;
            if (i.AcceptedAt is not null) accepted++;
        }
        return new QuoteConversion(count, quoted, accepted, Ratio(accepted, quoted));
    }

    /// <summary>Orders placed in the period and not cancelled; in VND and, by the association's display rate, in another currency.</summary>
    public static OrderValue OrderValue(IReadOnlyList<OrderRow> orders, Period period, ExchangeRate? rate)
    {
        var (start, end) = Bounds(period);
        var count = 0;
        long vnd = 0;
        foreach (var o in orders)
        {
            if (o.Cancelled || !In(o.PlacedAt, start, end)) continue;
            count++;
            vnd = checked(vnd + o.TotalVnd);
        }
        var total = new Money(vnd, Currency.VND);
        return new OrderValue(count, total, rate is null ? null : rate.To == Currency.VND ? total : rate.Convert(total));
    }

    /// <summary>Members (and households) belonging at the period's end that had a work order issued in the 12 months to that end.</summary>
    public static ExportParticipation ExportParticipation(IReadOnlyList<MemberRow> members, IReadOnlyList<WorkRow> work, Period period)
    {
        var end = VietnamDays.End(period.To);
        var start = VietnamDays.Start(ParticipationStart(period));
        var worked = new HashSet<Guid>();
        foreach (var w in work)
            if (!w.Cancelled && In(w.IssuedAt, start, end)) worked.Add(w.MemberId);
        int all = 0, withWork = 0, households = 0, householdsWithWork = 0;
        foreach (var m in members)
        {
            if (!ActiveAt(m, end)) continue;
            all++;
            var took = worked.Contains(m.MemberId);
            if (took) withWork++;
            if (!m.IsHousehold) continue;
            households++;
            if (took) householdsWithWork++;
        }
        return new ExportParticipation(all, withWork, Ratio(withWork, all), households, householdsWithWork, Ratio(householdsWithWork, households));
    }

    /// <summary>
    /// How evenly the value of work orders issued in the period was spread over the members belonging
    /// during it (those with none count as zero); the members belonging at its end never offered any
    /// work order up to then.
    /// </summary>
    public static WorkFairness Fairness(IReadOnlyList<MemberRow> members, IReadOnlyList<WorkRow> work, IReadOnlySet<Guid> offeredBefore, Period period)
    {
        var (start, end) = Bounds(period);
        var value = new Dictionary<Guid, long>();
        var offered = new HashSet<Guid>(offeredBefore);
        long total = 0;
        foreach (var w in work)
        {
            if (w.IssuedAt < end) offered.Add(w.MemberId);
            if (w.Cancelled || !In(w.IssuedAt, start, end)) continue;
            value[w.MemberId] = checked(value.GetValueOrDefault(w.MemberId) + w.ValueVnd);
            total = checked(total + w.ValueVnd);
        }
        var neverOffered = 0;
        foreach (var m in members)
        {
            if (m.JoinedAt < end && (Left(m) is not { } left || left >= start)) value.TryAdd(m.MemberId, 0);
            if (ActiveAt(m, end) && !offered.Contains(m.MemberId)) neverOffered++;
        }
        var values = value.Values.ToArray();
        return new WorkFairness(Gini(values), TopShare(values), values.Count(v => v > 0), neverOffered, new Money(total, Currency.VND));
    }

    /// <summary>Defects found in the samples inspected in the period, over the pieces sampled: overall, by type and by member.</summary>
    public static Defects Defects(IReadOnlyList<InspectionRow> inspections, IReadOnlyList<DefectRow> defects, IReadOnlyList<MemberRow> members, Period period)
    {
        var (start, end) = Bounds(period);
        var sampledBy = new Dictionary<Guid, int>();
        var sampled = 0;
        foreach (var i in inspections)
        {
            if (!In(i.At, start, end)) continue;
            sampled += i.SampleSize;
            sampledBy[i.MemberId] = sampledBy.GetValueOrDefault(i.MemberId) + i.SampleSize;
        }
        var byType = new Dictionary<string, int>(StringComparer.Ordinal);
        var foundBy = new Dictionary<Guid, int>();
        var found = 0;
        foreach (var d in defects)
        {
            if (!In(d.At, start, end)) continue;
            found += d.Count;
            byType[d.Type] = byType.GetValueOrDefault(d.Type) + d.Count;
            foundBy[d.MemberId] = foundBy.GetValueOrDefault(d.MemberId) + d.Count;
        }
        var names = new Dictionary<Guid, string>();
        foreach (var m in members) names.TryAdd(m.MemberId, m.DisplayName);
        var types = byType.Select(t => new DefectByType(t.Key, t.Value, Ratio(t.Value, sampled)))
            .OrderByDescending(t => t.Defects).ThenBy(t => t.Type, StringComparer.Ordinal).ToList();
        var byMember = sampledBy.Keys.Union(foundBy.Keys)
            .Select(id => new DefectByMember(id, names.GetValueOrDefault(id, ""), sampledBy.GetValueOrDefault(id), foundBy.GetValueOrDefault(id),
                Ratio(foundBy.GetValueOrDefault(id), sampledBy.GetValueOrDefault(id))))
            .OrderByDescending(m => m.Ratio ?? decimal.MaxValue).ThenByDescending(m => m.Defects).ThenBy(m => m.MemberId).ToList();
        return new Defects(sampled, found, Ratio(found, sampled), types, byMember);
    }

    /// <summary>
    /// Work orders due in the period, ready (first presented for inspection) on or before their due date;
    /// orders promised in the period, shipped on or before their delivery date. One not yet ready or
    /// shipped counts only once its date has passed (<paramref name="today"/>): until then it is not late.
    /// </summary>
    public static OnTimeDelivery OnTime(IReadOnlyList<WorkRow> work, IReadOnlyList<OrderRow> orders, Period period, DateOnly today)
    {
        int workDue = 0, workOnTime = 0, ordersDue = 0, ordersOnTime = 0;
        foreach (var w in work)
        {
            if (w.Cancelled || w.DueOn < period.From || w.DueOn > period.To) continue;
            if (w.ReadyAt is { } ready)
            {
                workDue++;
                if (VietnamDays.DateOf(ready) <= w.DueOn) workOnTime++;
            }
            else if (w.DueOn < today) workDue++;
        }
        foreach (var o in orders)
        {
            if (o.Cancelled || o.DeliveryDate is not { } promised || promised < period.From || promised > period.To) continue;
            if (o.ShippedAt is { } shipped)
            {
                ordersDue++;
                if (VietnamDays.DateOf(shipped) <= promised) ordersOnTime++;
            }
            else if (promised < today) ordersDue++;
        }
        return new OnTimeDelivery(workDue, workOnTime, Ratio(workOnTime, workDue), ordersDue, ordersOnTime, Ratio(ordersOnTime, ordersDue));
    }

    /// <summary>
    /// For each inspection in the period that accepted pieces, the days from its (Vietnam) date to the
    /// member's next payout on or after it; inspections not paid yet are left out.
    /// </summary>
    public static PayoutDelay PayoutDelay(IReadOnlyList<InspectionRow> inspections, IReadOnlyList<PayoutRow> payouts, Period period)
    {
        var (start, end) = Bounds(period);
        var byMember = new Dictionary<Guid, List<PayoutRow>>();
        foreach (var p in payouts)
        {
            if (!byMember.TryGetValue(p.MemberId, out var list)) byMember[p.MemberId] = list = [];
            list.Add(p);
        }
        foreach (var list in byMember.Values) list.Sort((a, b) => a.At.CompareTo(b.At));
        var days = new List<decimal>();
        foreach (var i in inspections)
        {
            if (i.Accepted <= 0 || !In(i.At, start, end) || !byMember.TryGetValue(i.MemberId, out var list)) continue;
            var next = FirstAtOrAfter(list, i.At);
            if (next is null) continue;
            days.Add(Math.Max(0, next.PaidOn.DayNumber - VietnamDays.DateOf(i.At).DayNumber));
        }
        return new PayoutDelay(days.Count, Average(days), Median(days));
    }

    private static PayoutRow? FirstAtOrAfter(List<PayoutRow> sorted, DateTimeOffset at)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].At < at) lo = mid + 1; else hi = mid;
        }
        return lo < sorted.Count ? sorted[lo] : null;
    }

    /// <summary>
    /// At the period's end: members holding a certificate that let them carry the mark that day (granted
    /// before, valid through it, not invalidated before it), of the members belonging; products buyers
    /// could see carrying the mark, of those they could see.
    /// </summary>
    public static Certification Certification(IReadOnlyList<MemberRow> members, IReadOnlyList<CertificateRow> certificates,
        IReadOnlyList<ProductRow> products, Period period)
    {
        var end = VietnamDays.End(period.To);
        var active = new HashSet<Guid>();
        foreach (var m in members)
            if (ActiveAt(m, end)) active.Add(m.MemberId);
        var certified = new HashSet<Guid>();
        foreach (var c in certificates)
            if (c.GrantedAt < end && c.ValidUntil >= period.To && (c.Valid || c.ChangedAt >= end) && active.Contains(c.MemberId))
                certified.Add(c.MemberId);
        int published = 0, marked = 0;
        foreach (var p in products)
        {
            if (p.FirstPublishedAt >= end || (p.WithdrawnAt is { } gone && gone < end)) continue;
            published++;
            if (p.MarkGranted) marked++;
        }
        return new Certification(certified.Count, active.Count, Ratio(certified.Count, active.Count), marked, published);
    }

    public static int NewProducts(IReadOnlyList<ProductRow> products, Period period)
    {
        var (start, end) = Bounds(period);
        return products.Count(p => In(p.FirstPublishedAt, start, end));
    }

    /// <summary>Members at the start, joined and left during the period, at the end (AtStart + Joined − Left = AtEnd).</summary>
    public static Membership Membership(IReadOnlyList<MemberRow> members, Period period)
    {
        var (start, end) = Bounds(period);
        int atStart = 0, joined = 0, left = 0, atEnd = 0;
        foreach (var m in members)
        {
            if (ActiveAt(m, start)) atStart++;
            if (ActiveAt(m, end)) atEnd++;
            if (m.JoinedAt >= start && m.JoinedAt < end) joined++;
            if (Left(m) is { } l && l >= start && l < end) left++;
        }
        return new Membership(atStart, joined, left, atEnd);
    }

    // ----- the whole set, and the months -----

    public static IndicatorSet For(FactSnapshot facts, Period period, DateOnly today, ExchangeRate? rate) => new(
        period,
        Leads(facts.Inquiries, period),
        QuoteConversion(facts.Inquiries, period),
        OrderValue(facts.Orders, period, rate),
        ExportParticipation(facts.Members, facts.Work, period),
        Fairness(facts.Members, facts.Work, facts.OfferedBefore, period),
        Defects(facts.Inspections, facts.Defects, facts.Members, period),
        OnTime(facts.Work, facts.Orders, period, today),
        PayoutDelay(facts.Inspections, facts.Payouts, period),
        Certification(facts.Members, facts.Certificates, facts.Products, period),
        NewProducts(facts.Products, period),
        Membership(facts.Members, period));

    /// <summary>
    /// The calendar months the period touches, each counting only its days inside the period (so the
    /// months add up to the period): inquiries submitted and of those accepted, order and work value
    /// placed or issued, pieces sampled and defects found, members joined and left.
    /// </summary>
    public static IReadOnlyList<MonthPoint> Months(FactSnapshot facts, Period period)
    {
        var (start, end) = Bounds(period);
        var first = new DateOnly(period.From.Year, period.From.Month, 1);
        var count = (period.To.Year - first.Year) * 12 + period.To.Month - first.Month + 1;
        var inquiries = new int[count];
        var accepted = new int[count];
        var orders = new long[count];
        var work = new long[count];
        var sampled = new int[count];
        var defects = new int[count];
        var joined = new int[count];
        var left = new int[count];

        int Index(DateTimeOffset at)
        {
            var d = VietnamDays.DateOf(at);
            return (d.Year - first.Year) * 12 + d.Month - first.Month;
        }

        foreach (var i in facts.Inquiries)
        {
            if (!In(i.SubmittedAt, start, end)) continue;
            var m = Index(i.SubmittedAt);
            inquiries[m]++;
            if (i.AcceptedAt is not null) accepted[m]++;
        }
        foreach (var o in facts.Orders)
            if (!o.Cancelled && In(o.PlacedAt, start, end)) orders[Index(o.PlacedAt)] += o.TotalVnd;
        foreach (var w in facts.Work)
            if (!w.Cancelled && In(w.IssuedAt, start, end)) work[Index(w.IssuedAt)] += w.ValueVnd;
        foreach (var i in facts.Inspections)
            if (In(i.At, start, end)) sampled[Index(i.At)] += i.SampleSize;
        foreach (var d in facts.Defects)
            if (In(d.At, start, end)) defects[Index(d.At)] += d.Count;
        foreach (var m in facts.Members)
        {
            if (In(m.JoinedAt, start, end)) joined[Index(m.JoinedAt)]++;
            if (Left(m) is { } l && In(l, start, end)) left[Index(l)]++;
        }
        var points = new List<MonthPoint>(count);
        for (var m = 0; m < count; m++)
        {
            var month = first.AddMonths(m);
            points.Add(new MonthPoint(month.Year, month.Month, inquiries[m], accepted[m], orders[m], work[m], sampled[m], defects[m], joined[m], left[m]));
        }
        return points;
    }

    private static (DateTimeOffset Start, DateTimeOffset End) Bounds(Period period) => (VietnamDays.Start(period.From), VietnamDays.End(period.To));
}
