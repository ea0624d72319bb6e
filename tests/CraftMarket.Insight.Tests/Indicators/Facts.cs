using CraftMarket.Insight.Features.Indicators;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Insight.Tests.Indicators;

/// <summary>Hand-made fact rows for the arithmetic tests: moments in Vietnam time, one association.</summary>
internal static class Facts
{
    public static readonly TenantId Village = new(Guid.Parse("00000000-0000-0000-0000-0000000000aa"));
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>March 2025, Vietnam dates.</summary>
    public static readonly Period March = new(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31));

    public static readonly DateOnly LongAfter = new(2030, 1, 1);

    public static DateTimeOffset At(int month, int day, int hour = 10, int minute = 0, int year = 2025) =>
        new(year, month, day, hour, minute, 0, Vietnam);

    public static DateOnly Day(int month, int day, int year = 2025) => new(year, month, day);

    public static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public static InquiryRow Inquiry(DateTimeOffset submitted, string source = "Village", DateTimeOffset? answered = null, DateTimeOffset? quoted = null,
        DateTimeOffset? accepted = null) => new(Village, source, submitted, answered, quoted, accepted);

    public static OrderRow Order(DateTimeOffset placed, long vnd, bool cancelled = false, DateOnly? promised = null, DateTimeOffset? shipped = null) =>
        new(Village, placed, vnd, cancelled, promised, shipped);

    public static WorkRow Work(int member, DateTimeOffset issued, long vnd, DateOnly? due = null, DateTimeOffset? ready = null, bool cancelled = false) =>
        new(Village, Id(member), issued, vnd, due ?? LongAfter, ready, cancelled);

    public static InspectionRow Inspection(int member, DateTimeOffset at, int sample, int accepted = 1) => new(Village, Id(member), at, sample, accepted);

    public static DefectRow Defect(int member, DateTimeOffset at, string type, int count) => new(Village, Id(member), at, type, count);

    public static PayoutRow Payout(int member, DateTimeOffset at) => new(Village, Id(member), at, VietnamDays.DateOf(at));

    public static MemberRow Member(int n, DateTimeOffset? joined = null, DateTimeOffset? left = null, bool household = true) =>
        new(Village, Id(n), $"Hộ {n}", household, joined ?? At(1, 1, year: 2020), left);

    public static ProductRow Product(DateTimeOffset published, DateTimeOffset? withdrawn = null, bool marked = false) =>
        new(Village, published, withdrawn, marked);

    public static CertificateRow Certificate(int member, DateOnly until, bool valid = true, DateTimeOffset? granted = null, DateTimeOffset? changed = null) =>
        new(Village, Id(member), valid, until, granted ?? At(1, 1, year: 2024), changed ?? granted ?? At(1, 1, year: 2024));
}
