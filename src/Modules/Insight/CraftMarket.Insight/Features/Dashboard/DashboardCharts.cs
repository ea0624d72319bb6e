using System.Globalization;
using CraftMarket.Insight.Features.Dashboard.Charts;
using CraftMarket.Insight.Features.Indicators;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Insight.Features.Dashboard;

/// <summary>
/// The association dashboard's charts, each drawn from the report: its name (the CSV's
/// <c>chart=</c>), title and description in the page's language, and its rows. Categories compare
/// this period with the one before; months run over the period.
/// </summary>
internal static class DashboardCharts
{
    public static readonly IReadOnlyList<string> Names =
    [
        "leads-by-source", "leads-by-month", "order-value-by-month", "participation", "fairness", "never-offered",
        "defects-by-type", "defects-by-member", "on-time", "payout-delay", "certification", "new-products", "membership-by-month",
    ];

    /// <summary>At most this many members in the defects chart: the highest defect ratios first (the table shows the same).</summary>
    public const int MembersShown = 10;

    public static IReadOnlyList<Chart> All(IndicatorReport report, Ui t, CultureInfo culture) =>
        [.. Names.Select(n => Of(n, report, t, culture)!)];

    public static Chart? Of(string name, IndicatorReport report, Ui t, CultureInfo culture)
    {
        var (c, p) = (report.Current, report.Previous);
        string[] compare = [t["This period"], t["Previous period"]];
        return name switch
        {
            "leads-by-source" => new(name, t["Buyer leads by source"], t["Inquiries received by where the buyer came from, this period beside the previous one."],
                ChartKind.Bars, ValueKind.Count, compare,
                [.. c.Leads.BySource.Select(s => s.Source).Union(p.Leads.BySource.Select(s => s.Source), StringComparer.Ordinal)
                    .Select(s => new ChartRow(SourceLabel(s, t), [Count(c.Leads.BySource, s), Count(p.Leads.BySource, s)]))]),
            "leads-by-month" => new(name, t["Leads and accepted quotes by month"], t["Inquiries received and quotes accepted in each month of the period."],
                ChartKind.Months, ValueKind.Count, [t["Inquiries received"], t["Quotes accepted"]],
                [.. report.Months.Select(m => new ChartRow(MonthLabel(m, culture), [m.Inquiries, m.Accepted]))]),
            "order-value-by-month" => new(name, t["Order value by month"], t["Value of the joint orders placed and of the work given to members in each month, in đồng."],
                ChartKind.Months, ValueKind.Dong, [t["Orders placed"], t["Work given to members"]],
                [.. report.Months.Select(m => new ChartRow(MonthLabel(m, culture), [m.OrderValueVnd, m.WorkValueVnd]))]),
            "participation" => new(name, t["Export participation"], t["Share of members and of households with at least one work order in the twelve months to the period's end."],
                ChartKind.Bars, ValueKind.Share, compare,
                [new(t["Members with work"], [c.ExportParticipation.MemberShare, p.ExportParticipation.MemberShare]),
                 new(t["Households with work"], [c.ExportParticipation.HouseholdShare, p.ExportParticipation.HouseholdShare])]),
            "fairness" => new(name, t["Fairness of work"], t["Gini coefficient of work-order value across members (0: even, 100%: one member has it all) and the top five members' share."],
                ChartKind.Bars, ValueKind.Share, compare,
                [new(t["Gini coefficient"], [c.Fairness.Gini, p.Fairness.Gini]), new(t["Top five members' share"], [c.Fairness.Top5Share, p.Fairness.Top5Share])]),
            "never-offered" => new(name, t["Members given work and never offered work"], t["Members with a work order in the period, and active members never offered one."],
                ChartKind.Bars, ValueKind.Count, compare,
                [new(t["Members given work"], [c.Fairness.MembersWithWork, p.Fairness.MembersWithWork]),
                 new(t["Members never offered work"], [c.Fairness.MembersNeverOffered, p.Fairness.MembersNeverOffered])]),
            "defects-by-type" => new(name, t["Defects by type"], t["Defects found in the inspected samples, by type."],
                ChartKind.Bars, ValueKind.Count, compare,
                [.. c.Defects.ByType.Select(d => d.Type).Union(p.Defects.ByType.Select(d => d.Type), StringComparer.Ordinal)
                    .Select(type => new ChartRow(type, [c.Defects.ByType.FirstOrDefault(d => d.Type == type)?.Defects ?? 0,
                        p.Defects.ByType.FirstOrDefault(d => d.Type == type)?.Defects ?? 0]))]),
            "defects-by-member" => new(name, t["Defect ratio by member"], t["Defects found per piece sampled, for the members with the highest ratios this period."],
                ChartKind.Bars, ValueKind.Share, [t["Defect ratio"]],
                [.. c.Defects.ByMember.OrderByDescending(m => m.Ratio ?? 0).ThenBy(m => m.DisplayName, StringComparer.Ordinal).Take(MembersShown)
                    .Select(m => new ChartRow(m.DisplayName, [m.Ratio]))]),
            "on-time" => new(name, t["On-time delivery"], t["Work orders ready by their due date, and orders shipped by the promised delivery date."],
                ChartKind.Bars, ValueKind.Share, compare,
                [new(t["Work orders on time"], [c.OnTimeDelivery.WorkRate, p.OnTimeDelivery.WorkRate]),
                 new(t["Orders on time"], [c.OnTimeDelivery.OrdersRate, p.OnTimeDelivery.OrdersRate])]),
            "payout-delay" => new(name, t["Payout delay"], t["Days from a lot's inspection to the household's payout."],
                ChartKind.Bars, ValueKind.Days, compare,
                [new(t["Average days"], [c.PayoutDelay.AverageDays, p.PayoutDelay.AverageDays]), new(t["Median days"], [c.PayoutDelay.MedianDays, p.PayoutDelay.MedianDays])]),
            "certification" => new(name, t["Certified members and products"], t["Members holding a valid certificate for the mark, and published products carrying it."],
                ChartKind.Bars, ValueKind.Count, compare,
                [new(t["Certified members"], [c.Certification.CertifiedMembers, p.Certification.CertifiedMembers]),
                 new(t["Certified products"], [c.Certification.CertifiedProducts, p.Certification.CertifiedProducts]),
                 new(t["Published products"], [c.Certification.PublishedProducts, p.Certification.PublishedProducts])]),
            "new-products" => new(name, t["New products published"], t["Products published for the first time in the period."],
                ChartKind.Bars, ValueKind.Count, compare, [new(t["New products"], [c.NewProducts, p.NewProducts])]),
            "membership-by-month" => new(name, t["Members joining and leaving by month"], t["Members who joined and who left the association in each month of the period."],
                ChartKind.Months, ValueKind.Count, [t["Members who joined"], t["Members who left"]],
                [.. report.Months.Select(m => new ChartRow(MonthLabel(m, culture), [m.Joined, m.Left]))]),
            _ => null,
        };
    }

    private static decimal Count(IReadOnlyList<SourceCount> sources, string source) =>
        sources.FirstOrDefault(s => string.Equals(s.Source, source, StringComparison.Ordinal))?.Count ?? 0;

    /// <summary>The sources Inquiries names (Village, CrossVillage, Direct); another reads as sent.</summary>
    public static string SourceLabel(string source, Ui t) => source switch
    {
        "Village" => t["The village's storefront"],
        "CrossVillage" => t["Cross-village search"],
        "Direct" => t["Direct (desk or API)"],
        _ => source,
    };

    /// <summary>"03/2026" in Vietnamese, "Mar 2026" in English.</summary>
    public static string MonthLabel(MonthPoint m, CultureInfo culture) =>
        new DateOnly(m.Year, m.Month, 1).ToString(culture.TwoLetterISOLanguageName == "vi" ? "MM/yyyy" : "MMM yyyy", culture);
}
