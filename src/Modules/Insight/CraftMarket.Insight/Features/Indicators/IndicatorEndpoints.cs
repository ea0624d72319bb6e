using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Insight.Features.Indicators;

/// <summary>The indicators as JSON: the association's (admin and export desk) and every village's side by side (platform admin).</summary>
internal static class IndicatorEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/association/indicators", async (string? from, string? to, string? currency, ITenantContext tenant, ITenantDirectory directory,
                IIndicatorReports reports, TimeProvider clock, CancellationToken ct) =>
            {
                var association = directory.SettingsOf(tenant);
                if (association is null) return Error.NotFound("association").ToProblem();
                var query = IndicatorQuery.Parse(from, to, currency, association, VietnamDays.Today(clock.GetUtcNow()));
                if (query.IsFailure) return query.Error!.ToProblem();
                var (period, code) = query.Value;
                var report = await reports.ForAssociationAsync(period, code, ct);
                return TypedResults.Ok(AssociationIndicatorsDto.Of(association.Slug, code, report));
            })
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.AssociationAdmin, ActorRequirement.ExportDesk))
            .WithTags("Insight")
            .WithName("GetAssociationIndicators")
            .WithSummary("The association's indicators (admin and export desk) for from..to (Vietnam dates yyyy-MM-dd, both included, at most " +
                "3 years; default the 12 months to today), compared with the same number of days before: inquiries, quoteConversion " +
                "(accepted / quoted), orderValue (đồng; orderValueInCurrency by the association's display rate when currency= is given), " +
                "exportParticipation, workGini, defectRatio, onTimeDelivery, payoutDelayDays, certifiedMembers, previous, and the detail " +
                "(every indicator of both periods and the months). Ratios are fractions 0..1, null when there is nothing to divide by.")
            .Produces<AssociationIndicatorsDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        app.MapGet("/api/platform/indicators", async (string? from, string? to, IIndicatorReports reports, TimeProvider clock, CancellationToken ct) =>
            {
                var query = IndicatorQuery.Parse(from, to, null, null, VietnamDays.Today(clock.GetUtcNow()));
                if (query.IsFailure) return query.Error!.ToProblem();
                var period = query.Value.Period;
                return TypedResults.Ok(PlatformIndicatorsDto.Of(period, await reports.ForPlatformAsync(period, ct)));
            })
            .RequireActor(ActorRequirement.PlatformAdmin)
            .WithTags("Platform: insight")
            .WithName("GetPlatformIndicators")
            .WithSummary("Every village's indicators side by side (platform admin) for from..to, as in /api/association/indicators (no currency).")
            .Produces<PlatformIndicatorsDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
