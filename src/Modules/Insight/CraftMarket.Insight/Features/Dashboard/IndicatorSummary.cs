using System.Globalization;
using CraftMarket.Insight.Features.Dashboard.Charts;
using CraftMarket.Insight.Features.Indicators;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Insight.Features.Dashboard;

/// <summary>One indicator as the dashboard's summary table shows it: this period, the previous one and the change, formatted.</summary>
internal sealed record IndicatorLine(string Name, string Current, string Previous, string Change);

/// <summary>Every indicator of the report, each with its previous value and the change (in the page's language and culture).</summary>
internal static class IndicatorSummary
{
    public static IReadOnlyList<IndicatorLine> Lines(IndicatorReport report, Ui t, CultureInfo culture)
    {
        var (c, p) = (report.Current, report.Previous);
        IndicatorLine Line(string name, decimal? now, decimal? before, ValueKind kind) =>
            new(t[name], ChartNumbers.Format(now, kind, culture), ChartNumbers.Format(before, kind, culture), ChartNumbers.Change(now, before, kind, culture));

        var lines = new List<IndicatorLine>
        {
            Line("Buyer leads (inquiries)", c.Leads.Inquiries, p.Leads.Inquiries, ValueKind.Count),
            Line("Inquiries answered", c.Leads.Answered, p.Leads.Answered, ValueKind.Count),
            Line("Median hours to the first response", c.Leads.MedianHoursToFirstResponse, p.Leads.MedianHoursToFirstResponse, ValueKind.Days),
            Line("Inquiries quoted", c.QuoteConversion.Quoted, p.QuoteConversion.Quoted, ValueKind.Count),
            Line("Quotes accepted", c.QuoteConversion.Accepted, p.QuoteConversion.Accepted, ValueKind.Count),
            Line("Quote conversion", c.QuoteConversion.Rate, p.QuoteConversion.Rate, ValueKind.Share),
            Line("Joint orders", c.OrderValue.Orders, p.OrderValue.Orders, ValueKind.Count),
            Line("Order value (VND)", c.OrderValue.Vnd.MinorUnits, p.OrderValue.Vnd.MinorUnits, ValueKind.Dong),
        };
        if (c.OrderValue.InCurrency is { } inCurrency)
            lines.Add(new(t.Format("Order value ({0})", inCurrency.Currency.Code), inCurrency.Format(culture),
                p.OrderValue.InCurrency?.Format(culture) ?? ChartNumbers.None, ChartNumbers.None));
        lines.AddRange(
        [
            Line("Export participation (members)", c.ExportParticipation.MemberShare, p.ExportParticipation.MemberShare, ValueKind.Share),
            Line("Export participation (households)", c.ExportParticipation.HouseholdShare, p.ExportParticipation.HouseholdShare, ValueKind.Share),
            Line("Gini coefficient of work", c.Fairness.Gini, p.Fairness.Gini, ValueKind.Share),
            Line("Top five members' share", c.Fairness.Top5Share, p.Fairness.Top5Share, ValueKind.Share),
            Line("Members never offered work", c.Fairness.MembersNeverOffered, p.Fairness.MembersNeverOffered, ValueKind.Count),
            Line("Work given to members (VND)", c.Fairness.WorkVnd.MinorUnits, p.Fairness.WorkVnd.MinorUnits, ValueKind.Dong),
            Line("Pieces sampled", c.Defects.Sampled, p.Defects.Sampled, ValueKind.Count),
            Line("Defects found in samples", c.Defects.Found, p.Defects.Found, ValueKind.Count),
            Line("Defect ratio", c.Defects.Ratio, p.Defects.Ratio, ValueKind.Share),
            Line("Work orders on time", c.OnTimeDelivery.WorkRate, p.OnTimeDelivery.WorkRate, ValueKind.Share),
            Line("Orders on time", c.OnTimeDelivery.OrdersRate, p.OnTimeDelivery.OrdersRate, ValueKind.Share),
            Line("Payouts made", c.PayoutDelay.Payouts, p.PayoutDelay.Payouts, ValueKind.Count),
            Line("Median payout delay (days)", c.PayoutDelay.MedianDays, p.PayoutDelay.MedianDays, ValueKind.Days),
            Line("Certified members", c.Certification.CertifiedMembers, p.Certification.CertifiedMembers, ValueKind.Count),
            Line("Certified members' share", c.Certification.MemberShare, p.Certification.MemberShare, ValueKind.Share),
            Line("Certified products", c.Certification.CertifiedProducts, p.Certification.CertifiedProducts, ValueKind.Count),
            Line("New products", c.NewProducts, p.NewProducts, ValueKind.Count),
            Line("Members at the end", c.Membership.AtEnd, p.Membership.AtEnd, ValueKind.Count),
            Line("Members joined", c.Membership.Joined, p.Membership.Joined, ValueKind.Count),
            Line("Members left", c.Membership.Left, p.Membership.Left, ValueKind.Count),
        ]);
        return lines;
    }
}
