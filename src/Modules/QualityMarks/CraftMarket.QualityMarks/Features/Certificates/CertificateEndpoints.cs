using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// /api/quality/certificates: grant (inspector or association admin), suspend, revoke, reinstate
/// (association admin), list and read (staff, or a producer for its own member), audit (staff).
/// </summary>
internal static class CertificateEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/quality/certificates").WithTags("Quality marks: certificates");

        api.MapPost("/", async (GrantCertificateRequest request, CurrentActor actor, GrantCertificateHandler handler, CancellationToken ct) =>
                (await handler.Handle(request, actor, ct)).ToCreated(c => $"/api/quality/certificates/{c.Id}"))
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.Inspector, ActorRequirement.AssociationAdmin))
            .WithName("GrantCertificate")
            .WithSummary("Grant the mark on a submitted application whose latest inspection passed, for all or some of its products.")
            .Produces<CertificateDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/", async (string? state, int? expiringWithinDays, Guid? member, Guid? scheme, int? page, int? pageSize,
                CurrentActor actor, CertificateReads reads, CancellationToken ct) =>
                (await reads.List(new CertificateFilter(state, expiringWithinDays, member, scheme, page ?? 1, pageSize ?? 50), actor, ct)).ToHttp())
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.Staff, ActorRequirement.Producer))
            .WithName("ListCertificates")
            .WithSummary("Certificates of the association (a producer: its own), by state (valid, not-yet-valid, expired, suspended, revoked), expiring within N days, member and scheme.")
            .Produces<PagedList<CertificateDto>>()
            .ProducesValidationProblem();

        api.MapGet("/{id:guid}", async (Guid id, CurrentActor actor, CertificateReads reads, CancellationToken ct) =>
                (await reads.Get(new CertificateId(id), actor, ct)).ToHttp())
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.Staff, ActorRequirement.Producer))
            .WithName("GetCertificate")
            .WithSummary("One certificate; the reason of a suspension or revocation is shown to staff only.")
            .Produces<CertificateDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:guid}/audit", async (Guid id, CertificateReads reads, CancellationToken ct) =>
                (await reads.Audit(new CertificateId(id), ct)).ToHttp())
            .RequireActor(ActorRequirement.Staff)
            .WithName("GetCertificateAudit")
            .WithSummary("Every change of the certificate, oldest first: who, when, what and why.")
            .Produces<IReadOnlyList<CertificateAuditDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapTransition(api, "suspend", "SuspendCertificate", "Suspend a valid certificate, with a reason kept for staff; buyers see \"suspended\".",
            (t, id, reason, actor, ct) => t.Suspend(id, reason, actor, ct));
        MapTransition(api, "revoke", "RevokeCertificate", "Revoke a certificate for good, with a reason kept for staff; buyers see \"revoked\".",
            (t, id, reason, actor, ct) => t.Revoke(id, reason, actor, ct));
        MapTransition(api, "reinstate", "ReinstateCertificate", "Reinstate a suspended certificate that has not expired.",
            (t, id, reason, actor, ct) => t.Reinstate(id, reason, actor, ct));
    }

    private delegate Task<Result<CertificateDto>> Transition(CertificateTransitions transitions, CertificateId id, string? reason, CurrentActor actor, CancellationToken ct);

    private static void MapTransition(RouteGroupBuilder api, string verb, string name, string summary, Transition transition) =>
        api.MapPost($"/{{id:guid}}/{verb}", async (Guid id, CertificateReasonRequest? request, CurrentActor actor, CertificateTransitions transitions, CancellationToken ct) =>
                (await transition(transitions, new CertificateId(id), request?.Reason, actor, ct)).ToHttp())
            .RequireActor(ActorRequirement.AssociationAdmin)
            .WithName(name)
            .WithSummary(summary)
            .Produces<CertificateDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
