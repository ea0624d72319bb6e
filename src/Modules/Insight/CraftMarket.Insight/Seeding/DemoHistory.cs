using CraftMarket.Insight.Domain;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Insight.Seeding;

/// <summary>Every fact of one village's generated history, each marked IsDemo.</summary>
internal sealed class DemoFacts
{
    public List<MemberFact> Members { get; } = [];
    public List<InquiryFact> Inquiries { get; } = [];
    public List<OrderFact> Orders { get; } = [];
    public List<WorkFact> Work { get; } = [];
    public List<InspectionFact> Inspections { get; } = [];
    public List<DefectFact> Defects { get; } = [];
    public List<PayoutFact> Payouts { get; } = [];
    public List<CertificateFact> Certificates { get; } = [];
    public List<ProductFact> Products { get; } = [];

    public int Count => Members.Count + Inquiries.Count + Orders.Count + Work.Count + Inspections.Count + Defects.Count + Payouts.Count
        + Certificates.Count + Products.Count;
}

/// <summary>
/// Two years of a village's history ending today, made up but deterministic (a fixed seed per village:
/// the same village and day give the same facts, ids included), so every chart tells a story: leads grow
/// and come more from the cross-village search, the desk answers faster and converts more; in the first
/// year a few well-connected households get most of the work, then the association shares it more
/// evenly (the Gini falls) though some households are never offered any; one defect type becomes a
/// problem in the middle and is fixed by training; payouts come faster; members join and a few leave;
/// more members are certified and more products published.
/// </summary>
internal static class DemoHistory
{
    public const int Seed = 20_161_172;
    public const int Months = 24;
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static DemoFacts Generate(DemoVillage village, TenantId tenant, DateOnly today) => new Generator(village, tenant, today).Run();

    private sealed class Household(MemberFact fact, double capacity, bool connected, bool neverOffered, double quality)
    {
        public MemberFact Fact { get; } = fact;
        public double Capacity { get; } = capacity;
        /// <summary>Close to the desk in the first year: got work before the association began sharing it evenly.</summary>
        public bool Connected { get; } = connected;
        public bool NeverOffered { get; } = neverOffered;
        /// <summary>The household's own defect rate per sampled piece.</summary>
        public double Quality { get; } = quality;
        /// <summary>Shares received so far: once the desk shares fairly, it looks first to those who had fewer.</summary>
        public int Shares { get; set; }
    }

    private sealed class Generator(DemoVillage v, TenantId tenant, DateOnly today)
    {
        private readonly Random random = new(Seed ^ StableHash(v.Slug));
        private readonly DemoFacts facts = new();
        private readonly List<Household> households = [];
        // Stored as UTC: PostgreSQL's timestamptz takes only offset 0 through Npgsql (the seed failed there).
        private readonly DateTimeOffset end = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), Vietnam).ToUniversalTime();
        private readonly DateOnly start = new DateOnly(today.Year, today.Month, 1).AddMonths(-(Months - 1));

        public DemoFacts Run()
        {
            MakeMembers();
            for (var m = 0; m < Months; m++) MakeMonth(m);
            MakeCertificates();
            return facts;
        }

        /// <summary>0 at the first month, 1 at the last: how far the story has gone.</summary>
        private static double Progress(int month) => month / (double)(Months - 1);

        private DateTimeOffset At(DateOnly day, double hours = 9) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Vietnam).AddHours(hours).ToUniversalTime();

        private DateTimeOffset InMonth(int month) => At(start.AddMonths(month).AddDays(random.Next(0, 28)), 7 + random.NextDouble() * 11);

        private Guid NewId()
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);   // version 4, variant 1: a well-formed random Guid
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes);
        }

        private void MakeMembers()
        {
            var historyStart = At(start);
            for (var i = 0; i < v.Households; i++)
            {
                // Most households were members before the history; joins pick up in the second year as the association brings work.
                var joined = random.NextDouble() < 0.86
                    ? historyStart.AddDays(-random.Next(30, 3_650))
                    : InMonth(random.NextDouble() < 0.35 ? random.Next(0, 12) : random.Next(12, Months));
                DateTimeOffset? left = null;
                var leaves = random.NextDouble();
                if (leaves < 0.045) left = InMonth(random.Next(0, 12));            // the first year: an association that brought little work
                else if (leaves < 0.06) left = InMonth(random.Next(12, Months));
                if (left is { } l && l <= joined) left = joined.AddDays(random.Next(60, 200));
                if (left >= end) left = null;
                var fact = Member(Names.Household(random), "Household", joined, left);
                var capacity = Math.Exp(random.NextDouble() * 2.2);                  // 1 to 9: small kilns to large workshops
                households.Add(new Household(fact, capacity, random.NextDouble() < 0.15, random.NextDouble() < 0.11, 0.004 + random.NextDouble() * random.NextDouble() * 0.08));
            }
            for (var i = 0; i < v.Enterprises; i++) Member(Names.Enterprise(random, v.Craft), "Enterprise", historyStart.AddDays(-random.Next(400, 3_000)), null);
            for (var i = 0; i < v.Cooperatives; i++) Member($"Hợp tác xã {v.Craft} {Names.Place(random)}", "Cooperative", historyStart.AddDays(-random.Next(400, 3_000)), null);
        }

        private MemberFact Member(string name, string kind, DateTimeOffset joined, DateTimeOffset? left)
        {
            var fact = new MemberFact
            {
                TenantId = tenant, MemberId = NewId(), DisplayName = name, Kind = kind, JoinedAt = joined, LeftAt = left, IsDemo = true,
            };
            facts.Members.Add(fact);
            return fact;
        }

        private void MakeMonth(int month)
        {
            var p = Progress(month);
            var leads = (int)Math.Round(v.LeadsAtStart + (v.LeadsAtEnd - v.LeadsAtStart) * p * (0.85 + random.NextDouble() * 0.3));
            for (var i = 0; i < leads; i++) MakeInquiry(month, p);
            var published = (int)Math.Round((v.LeadsAtStart + (v.LeadsAtEnd - v.LeadsAtStart) * p) / 4.0 * (0.6 + random.NextDouble() * 0.8));
            for (var i = 0; i < published; i++) MakeProduct(month, p);
        }

        private void MakeInquiry(int month, double p)
        {
            var submitted = InMonth(month);
            if (submitted >= end) return;
            // The platform's cross-village search brings a growing share of the leads.
            var roll = random.NextDouble();
            var source = roll < 0.1 + 0.35 * p ? "CrossVillage" : roll < 0.25 + 0.35 * p ? "Direct" : "Village";
            // The desk answers in about two days at first, in a few hours by the end.
            var hours = (48 - 42 * p) * (0.3 + random.NextDouble() * 1.4);
            DateTimeOffset? answered = random.NextDouble() < 0.93 ? submitted.AddHours(hours) : null;
            if (answered >= end) answered = null;
            DateTimeOffset? quoted = answered is { } a && random.NextDouble() < 0.55 + 0.25 * p ? a.AddDays(1 + random.Next(0, 6)) : null;
            if (quoted >= end) quoted = null;
            DateTimeOffset? accepted = quoted is { } q && random.NextDouble() < 0.3 + 0.22 * p ? q.AddDays(2 + random.Next(0, 12)) : null;
            if (accepted >= end) accepted = null;
            var status = accepted is not null ? "Accepted" : quoted is null ? (answered is null ? "New" : random.NextDouble() < 0.5 ? "Declined" : "Allocating")
                : quoted.Value.AddDays(30) < end ? (random.NextDouble() < 0.6 ? "Expired" : "Declined") : "Quoted";
            facts.Inquiries.Add(new InquiryFact
            {
                TenantId = tenant, InquiryId = NewId(), Source = source, Status = status, SubmittedAt = submitted, FirstResponseAt = answered,
                QuotedAt = quoted, AcceptedAt = accepted, IsDemo = true,
            });
            if (accepted is { } yes) MakeOrder(yes, month, p);
        }

        private void MakeOrder(DateTimeOffset accepted, int month, double p)
        {
            var placed = accepted.AddDays(1 + random.Next(0, 5));
            if (placed >= end) return;
            var cancelled = random.NextDouble() < 0.03;
            var promised = DateOnly.FromDateTime(placed.ToOffset(Vietnam).DateTime).AddDays(45 + random.Next(0, 31));
            var orderId = NewId();
            var shares = random.Next(v.HouseholdsPerOrderMin, v.HouseholdsPerOrderMax + 1);
            // One product a piece for the whole order: households are paid the same per piece.
            var unit = v.PieceValueMin + (long)(random.NextDouble() * random.NextDouble() * (v.PieceValueMax - v.PieceValueMin)) / 1_000 * 1_000;
            long workValue = 0;
            foreach (var household in Pick(placed, shares, p))
                workValue += MakeWork(orderId, household, placed, unit, cancelled, p);
            if (workValue == 0) return;
            var totalVnd = workValue * 100 / 72;                                     // the association's margin, transport and fees on top
            var (currency, perMinor) = random.NextDouble() switch { < 0.5 => ("USD", 254L), < 0.75 => ("EUR", 275L), < 0.9 => ("JPY", 170L), _ => ("VND", 1L) };
            // On-time shipment improves from about two in three to nine in ten.
            var late = random.NextDouble() > 0.65 + 0.27 * p;
            var shipped = At(promised.AddDays(late ? random.Next(1, 21) : -random.Next(0, 10)), 10);
            var delivered = shipped.AddDays(18 + random.Next(0, 18));
            var state = cancelled ? "Cancelled" : delivered < end.AddDays(-30) ? "Closed" : delivered < end ? "Delivered" : shipped < end ? "Shipped"
                : placed.AddDays(25) < end ? "QualityControl" : "InProduction";
            var total = totalVnd / perMinor;
            facts.Orders.Add(new OrderFact
            {
                TenantId = tenant, OrderId = orderId, PlacedAt = placed, TotalVnd = totalVnd, Currency = currency, TotalMinor = total,
                PaidMinor = state is "Closed" or "Delivered" ? total : state == "Cancelled" ? 0 : total * 30 / 100, State = state, DeliveryDate = promised,
                ShippedAt = !cancelled && shipped < end ? shipped : null, DeliveredAt = !cancelled && delivered < end ? delivered : null,
                CancelledAt = cancelled ? placed.AddDays(random.Next(3, 20)) : null, IsDemo = true,
            });
        }

        /// <summary>
        /// Who gets a share: in the first year mostly the connected households and the large ones; from the
        /// second year the desk shares by capacity across the village (fair allocation), though about one
        /// household in nine is never offered anything (no declared capacity, no export standard).
        /// </summary>
        private IEnumerable<Household> Pick(DateTimeOffset at, int count, double p)
        {
            var fairness = Math.Clamp((p - 0.35) / 0.4, 0, 1);                     // fair sharing comes in over months 9 to 17
            var active = households.Where(h => !h.NeverOffered && h.Fact.JoinedAt <= at && (h.Fact.LeftAt is null || h.Fact.LeftAt > at)).ToList();
            var weights = active.Select(h => (h.Connected ? 1.0 : 0.01 + 0.99 * fairness) * Math.Pow(h.Capacity, 3 - 2.6 * fairness)
                / (1 + fairness * h.Shares)).ToArray();
            var picked = new HashSet<int>();
            var total = weights.Sum();
            for (var tries = 0; picked.Count < Math.Min(count, active.Count) && tries < count * 20; tries++)
            {
                var target = random.NextDouble() * total;
                var i = 0;
                for (; i < weights.Length - 1 && target > weights[i]; i++) target -= weights[i];
                picked.Add(i);
            }
            var chosen = picked.Order().Select(i => active[i]).ToList();
            foreach (var h in chosen) h.Shares++;
            return chosen;
        }

        private long MakeWork(Guid orderId, Household household, DateTimeOffset placed, long unit, bool cancelled, double p)
        {
            var issued = placed.AddDays(1 + random.Next(0, 3));
            if (issued >= end) return 0;
            var quantity = (int)Math.Round(40 + household.Capacity * random.Next(20, 70)) / 10 * 10;
            var value = quantity * unit;
            var due = DateOnly.FromDateTime(issued.ToOffset(Vietnam).DateTime).AddDays(25 + random.Next(0, 21));
            var ready = At(due.AddDays(random.NextDouble() < 0.7 + 0.2 * p ? -random.Next(0, 8) : random.Next(1, 12)), 15);
            var work = new WorkFact
            {
                TenantId = tenant, WorkOrderId = NewId(), OrderId = orderId, MemberId = household.Fact.MemberId, IssuedAt = issued, Quantity = quantity,
                ValueVnd = value, DueOn = due, State = "Assigned", IsDemo = true,
            };
            facts.Work.Add(work);
            if (cancelled) { work.State = "Cancelled"; return value; }
            if (ready >= end) { work.State = ready.AddDays(-15) < end ? "Started" : "Assigned"; return value; }
            work.ReadyAt = ready;
            var inspected = ready.AddDays(1 + random.Next(0, 3));
            if (inspected >= end) { work.State = "ReadyForInspection"; return value; }
            var accepted = Inspect(work, household, inspected, unit, p, first: true);
            work.Accepted = accepted.Accepted;
            work.InspectedAt = accepted.At;
            work.State = accepted.At < end ? "Inspected" : "Rework";
            if (accepted.Value > 0 && accepted.At < end) Pay(household, accepted.At, accepted.Value, p);
            return value;
        }

        private (int Accepted, long Value, DateTimeOffset At) Inspect(WorkFact work, Household household, DateTimeOffset at, long unit, double p, bool first)
        {
            var sample = work.Quantity switch { <= 90 => 13, <= 150 => 20, <= 280 => 32, <= 500 => 50, <= 1_200 => 80, _ => 125 };
            // The village's problem defect: it climbs from month 7, peaks around month 12 and training fixes it by month 17.
            var month = (at.Year - start.Year) * 12 + at.Month - start.Month;
            var spike = month is >= 7 and <= 16 ? 0.05 * (1 - Math.Abs(month - 12) / 5.0) : 0;
            var rate = household.Quality * (first ? 1 : 0.4) + (first ? spike : spike / 4);
            var found = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < sample; i++)
            {
                var draw = random.NextDouble();
                if (draw < spike * (first ? 1 : 0.25)) Add(found, v.ProblemDefect);
                else if (draw < rate) Add(found, v.DefectTypes[random.Next(0, v.DefectTypes.Count)]);
            }
            var defects = found.Values.Sum();
            var check = NewId();
            foreach (var (type, count) in found)
                facts.Defects.Add(new DefectFact { TenantId = tenant, CheckId = check, MemberId = work.MemberId, At = at, Type = type, Count = count, IsDemo = true });
            var rework = first && defects > sample / 10;
            var rejected = !rework && defects > sample / 5 ? work.Quantity / 10 : 0;
            var accepted = rework ? 0 : work.Quantity - rejected - Math.Min(defects, work.Quantity - rejected);
            facts.Inspections.Add(new InspectionFact
            {
                TenantId = tenant, CheckId = check, WorkOrderId = work.WorkOrderId, MemberId = work.MemberId, At = at, LotSize = work.Quantity,
                SampleSize = sample, Accepted = accepted, Rework = rework ? work.Quantity : 0, Rejected = rejected, AcceptedValueVnd = accepted * unit, IsDemo = true,
            });
            if (!rework) return (accepted, accepted * unit, at);
            var again = at.AddDays(5 + random.Next(0, 9));
            return again < end ? Inspect(work, household, again, unit, p, first: false) : (0, 0, again);
        }

        private static void Add(Dictionary<string, int> found, string type) => found[type] = found.GetValueOrDefault(type) + 1;

        private void Pay(Household household, DateTimeOffset inspected, long acceptedValue, double p)
        {
            // Payout delay: close to four weeks at first, under a week by the end.
            var days = (int)Math.Round((26 - 20 * p) * (0.5 + random.NextDouble()));
            var paid = inspected.AddDays(days);
            if (paid >= end) return;
            facts.Payouts.Add(new PayoutFact
            {
                TenantId = tenant, PayoutId = NewId(), MemberId = household.Fact.MemberId, AmountVnd = acceptedValue - acceptedValue * 3 / 100,
                PaidOn = DateOnly.FromDateTime(paid.ToOffset(Vietnam).DateTime), At = paid, IsDemo = true,
            });
        }

        private void MakeProduct(int month, double p)
        {
            var published = InMonth(month);
            if (published >= end) return;
            DateTimeOffset? withdrawn = random.NextDouble() < 0.08 ? published.AddDays(random.Next(30, 300)) : null;
            facts.Products.Add(new ProductFact
            {
                TenantId = tenant, ProductId = NewId(), FirstPublishedAt = published, WithdrawnAt = withdrawn < end ? withdrawn : null,
                MarkGranted = random.NextDouble() < 0.15 + 0.45 * p, IsDemo = true,
            });
        }

        /// <summary>Certified households grow from about one in twenty to about one in four; certificates last two years, a few are suspended.</summary>
        private void MakeCertificates()
        {
            foreach (var h in households.Where(h => !h.NeverOffered))
            {
                var roll = random.NextDouble();
                if (roll > 0.3) continue;
                var granted = roll < 0.06 ? At(start).AddDays(-random.Next(10, 400)) : InMonth(random.Next(0, Months));
                if (granted >= end || granted < h.Fact.JoinedAt || h.Fact.LeftAt <= granted) continue;
                var validUntil = DateOnly.FromDateTime(granted.ToOffset(Vietnam).DateTime).AddYears(2);
                var suspended = random.NextDouble() < 0.05 || h.Fact.LeftAt is not null;
                facts.Certificates.Add(new CertificateFact
                {
                    TenantId = tenant, CertificateId = NewId(), MemberId = h.Fact.MemberId, GrantedAt = granted, ValidUntil = validUntil,
                    Valid = !suspended && validUntil >= today, ChangedAt = suspended ? Earliest(h.Fact.LeftAt ?? granted.AddDays(120), end.AddDays(-1)) : granted, IsDemo = true,
                });
            }
        }

        private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

        private static int StableHash(string text)
        {
            var hash = 17;
            foreach (var c in text) hash = unchecked(hash * 31 + c);
            return hash;
        }
    }
}
