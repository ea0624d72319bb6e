using CraftMarket.Insight.Data;
using CraftMarket.Insight.Domain;
using CraftMarket.SharedKernel.Data;

namespace CraftMarket.Insight.Features.Indicators;

/// <summary>
/// The platform admin's side-by-side view reads every association's facts at once, through the
/// <see cref="CrossTenantGateway"/> (read-only); the rows keep their association, and the report
/// splits them per village before any arithmetic. Only the platform endpoint calls it.
/// </summary>
internal static class PlatformIndicatorsCrossTenant
{
    private static readonly CrossTenantReason Why = new("platform admin: every village's indicators side by side");

    public static FactSources Sources(InsightDb db) => new(
        db.AcrossAllTenants<InquiryFact>(Why), db.AcrossAllTenants<OrderFact>(Why), db.AcrossAllTenants<WorkFact>(Why),
        db.AcrossAllTenants<InspectionFact>(Why), db.AcrossAllTenants<DefectFact>(Why), db.AcrossAllTenants<PayoutFact>(Why),
        db.AcrossAllTenants<MemberFact>(Why), db.AcrossAllTenants<ProductFact>(Why), db.AcrossAllTenants<CertificateFact>(Why));
}
