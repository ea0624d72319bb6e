using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Features.Audit;

/// <summary>
/// Who did what and when across the modules (ADR 0065): the consumer of <see cref="AuditRecorded"/> (raised by every
/// module's saves of audited entities), the trail's reads, the admin page /admin/audit with its CSV, and the API.
/// </summary>
internal static class AuditPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddIntegrationEventHandler<AuditRecorded, AuditConsumer>();
        services.AddScoped<AuditLog>();
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Audit trail", "~/admin/audit", 1900, NavigationAudience.AssociationAdmin));
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/association/audit", async Task<IResult> (string? from, string? to, string? area, string? actor, string? text, int? page, int? pageSize,
                AuditLog log, CancellationToken ct) =>
            {
                var filter = AuditFilter.Parse(from, to, area, actor, text, page ?? 1, pageSize ?? AuditLog.PageSize);
                if (filter.IsFailure) return filter.Error!.ToProblem();
                return TypedResults.Ok(await log.PageAsync(filter.Value!, ct));
            })
            .RequireActor(ActorRequirement.AssociationAdmin)
            .WithTags("Insight: audit")
            .WithName("AssociationAudit")
            .WithSummary("The association's audit trail, newest first: who (user or background job) did what (area, Created/Changed/Deleted, subject, changed fields old → new; sensitive values never) and when; filter by Vietnam dates from/to, area, actor (user id or part of a name) and text.")
            .Produces<PagedList<AuditEntryDto>>()
            .ProducesValidationProblem();
    }
}
