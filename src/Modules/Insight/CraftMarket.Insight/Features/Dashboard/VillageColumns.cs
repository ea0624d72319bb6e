using CraftMarket.Insight.Features.Dashboard.Charts;
using CraftMarket.Insight.Features.Indicators;

namespace CraftMarket.Insight.Features.Dashboard;

/// <summary>One indicator as a column of the platform's villages-side-by-side table: its sort key, heading (a translation key) and value.</summary>
internal sealed record VillageColumn(string Key, string Heading, ValueKind Kind, Func<IndicatorSet, decimal?> Value);

internal static class VillageColumns
{
    public static readonly IReadOnlyList<VillageColumn> All =
    [
        new("inquiries", "Buyer leads (inquiries)", ValueKind.Count, s => s.Leads.Inquiries),
        new("quote-conversion", "Quote conversion", ValueKind.Share, s => s.QuoteConversion.Rate),
        new("order-value", "Order value (VND)", ValueKind.Dong, s => s.OrderValue.Vnd.MinorUnits),
        new("participation", "Export participation (members)", ValueKind.Share, s => s.ExportParticipation.MemberShare),
        new("gini", "Gini coefficient of work", ValueKind.Share, s => s.Fairness.Gini),
        new("never-offered", "Members never offered work", ValueKind.Count, s => s.Fairness.MembersNeverOffered),
        new("defect-ratio", "Defect ratio", ValueKind.Share, s => s.Defects.Ratio),
        new("on-time", "Work orders on time", ValueKind.Share, s => s.OnTimeDelivery.WorkRate),
        new("payout-delay", "Median payout delay (days)", ValueKind.Days, s => s.PayoutDelay.MedianDays),
        new("certified-members", "Certified members", ValueKind.Count, s => s.Certification.CertifiedMembers),
        new("new-products", "New products", ValueKind.Count, s => s.NewProducts),
        new("members", "Members at the end", ValueKind.Count, s => s.Membership.AtEnd),
    ];

    public static VillageColumn? Find(string? key) => All.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));

    /// <summary>Villages by the column, highest first unless <paramref name="ascending"/>; a village with nothing to divide by goes last either way; then by name.</summary>
    public static IReadOnlyList<VillageIndicators> Sort(IReadOnlyList<VillageIndicators> villages, VillageColumn? column, bool ascending)
    {
        if (column is null) return [.. villages.OrderBy(v => v.Name, StringComparer.CurrentCulture)];
        var known = villages.Where(v => column.Value(v.Current) is not null);
        var ordered = ascending ? known.OrderBy(v => column.Value(v.Current)) : known.OrderByDescending(v => column.Value(v.Current));
        return [.. ordered.ThenBy(v => v.Name, StringComparer.CurrentCulture), .. villages.Where(v => column.Value(v.Current) is null).OrderBy(v => v.Name, StringComparer.CurrentCulture)];
    }
}
