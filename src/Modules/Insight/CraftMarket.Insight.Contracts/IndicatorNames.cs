namespace CraftMarket.Insight.Contracts;

/// <summary>
/// The indicator names integrators read in <c>GET /api/association/indicators</c>: a published
/// contract (issue 16), so renaming one breaks someone's report. The JSON's top-level fields.
/// </summary>
public static class IndicatorNames
{
    public const string Inquiries = "inquiries";
    public const string QuoteConversion = "quoteConversion";
    public const string OrderValue = "orderValue";
    public const string ExportParticipation = "exportParticipation";
    public const string WorkGini = "workGini";
    public const string DefectRatio = "defectRatio";
    public const string OnTimeDelivery = "onTimeDelivery";
    public const string PayoutDelayDays = "payoutDelayDays";
    public const string CertifiedMembers = "certifiedMembers";

    public static readonly IReadOnlyList<string> Required =
        [Inquiries, QuoteConversion, OrderValue, ExportParticipation, WorkGini, DefectRatio, OnTimeDelivery, PayoutDelayDays, CertifiedMembers];
}
