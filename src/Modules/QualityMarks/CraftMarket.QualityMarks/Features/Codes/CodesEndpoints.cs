using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>Keys, label batches, codes CSV and revocation for staff; the published keys and revocation list for anyone.</summary>
internal static class CodesEndpoints
{
    public static void MapKeys(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/quality/keys").WithTags("QualityMarks").RequireActor(ActorRequirement.AssociationAdmin);

        api.MapGet("/", async (QualityMarksDb db, CancellationToken ct) =>
                TypedResults.Ok((await db.Keys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct)).Select(SigningKeyDto.From).ToList()))
            .WithName("ListSigningKeys")
            .WithSummary("The association's Ed25519 keys for item codes: the active one and the retired ones that still verify. Never the private key.");

        api.MapPost("/rotate", async (CurrentActor actor, AssociationKeys keys, CancellationToken ct) =>
                TypedResults.Ok(SigningKeyDto.From(await keys.RotateAsync(AuditActor.Of(actor), ct))))
            .WithName("RotateSigningKey")
            .WithSummary("Retires the active key (its codes keep verifying) and makes a new one that signs new batches. Audited.");
    }

    public static void MapBatches(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/quality/label-batches").WithTags("QualityMarks")
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.AssociationAdmin, ActorRequirement.ExportDesk));

        api.MapPost("/", async (IssueLabelBatchRequest request, CurrentActor actor, IssueLabelBatch handler, CancellationToken ct) =>
                (await handler.Handle(request, actor, ct)).ToCreated(b => b.Links.Self))
            .WithName("IssueLabelBatch")
            .WithSummary("Issues 1 to 100,000 signed item codes for a product a valid certificate covers now; size \"small\" or \"hang-tag\".")
            .Produces<LabelBatchDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/", async ([AsParameters] LabelBatchQuery query, LabelBatchQueries queries, CancellationToken ct) =>
                Paging.Check(query.Page, query.PageSize) is { } invalid ? invalid.ToProblem() : TypedResults.Ok(await queries.ListAsync(query, ct)))
            .Produces<PagedList<LabelBatchDto>>()
            .ProducesValidationProblem()
            .WithName("ListLabelBatches")
            .WithSummary("The association's label batches, newest first, optionally for one product.");

        api.MapGet("/{id:guid}", async (Guid id, LabelBatchQueries queries, CancellationToken ct) =>
                (await queries.GetAsync(new LabelBatchId(id), ct)).ToHttp())
            .WithName("GetLabelBatch")
            .WithSummary("One label batch of the association, with links to its codes (CSV) and labels (PDF).")
            .Produces<LabelBatchDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:guid}/codes.csv", async (Guid id, CodesCsv csv, VillageSite sites, ITenantDirectory directory, ITenantContext tenant,
                HttpContext http, CancellationToken ct) =>
            {
                if (await csv.FindAsync(new LabelBatchId(id), ct) is not var (batch, key) || directory.SettingsOf(tenant) is not { } village)
                    return Error.NotFound("label batch").ToProblem();
                var site = sites.Of(http.Request, village);
                return TypedResults.Stream(stream => csv.WriteAsync(stream, batch, key, site, http.RequestAborted),
                    "text/csv; charset=utf-8", CodesCsv.FileName(batch));
            })
            .WithName("LabelBatchCodesCsv")
            .WithSummary("Every code of the batch for label printers: serial, short code, full verify URL (streamed; formula-safe cells).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/revoke", async (Guid id, RevokeBatchRequest request, CurrentActor actor, RevokeCodes revoke, CancellationToken ct) =>
                (await revoke.RevokeBatchAsync(new LabelBatchId(id), request, actor, ct)).ToHttp())
            .WithName("RevokeLabelBatch")
            .WithSummary("Revokes every code of the batch (e.g. stolen labels), effective at once on every node. Audited.")
            .Produces<LabelBatchDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/{id:guid}/revocations", async (Guid id, RevokeCodesRequest request, CurrentActor actor, RevokeCodes revoke, CancellationToken ct) =>
                (await revoke.RevokeRangeAsync(new LabelBatchId(id), request, actor, ct)).ToCreated(r => $"/api/quality/label-batches/{id}/revocations"))
            .WithName("RevokeLabelCodes")
            .WithSummary("Revokes serials fromSerial..toSerial of the batch (one code: toSerial = fromSerial), effective at once. Audited.")
            .Produces<CodeRevocationDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{id:guid}/revocations", async (Guid id, LabelBatchQueries queries, CancellationToken ct) =>
                (await queries.RevocationsAsync(new LabelBatchId(id), ct)).ToHttp())
            .WithName("ListLabelBatchRevocations")
            .WithSummary("Whether the whole batch is revoked, and every revoked serial range with its reason (staff only).")
            .Produces<BatchRevocationsDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Public, on every host: no sign-in, no association needed (the platform host lists them all).</summary>
    public static void MapPublished(IEndpointRouteBuilder app)
    {
        app.MapGet(PublishedMarks.MarksPath, async (PublishedMarks marks, HttpContext http, CancellationToken ct) =>
            {
                Public(http.Response);
                return TypedResults.Ok(await marks.MarksAsync(http.Request, ct));
            })
            .WithTags("QualityMarks")
            .WithName("PublishedMarks")
            .WithSummary("Public keys, schemes and revocation-list address of this village (or of every village on the platform host), for offline verification.");

        app.MapGet("/.well-known/craftmarket/revocations/{slug}.json", async Task<Results<Ok<RevocationListDocument>, ProblemHttpResult>> (
                string slug, PublishedMarks marks, HttpContext http, CancellationToken ct) =>
            {
                if (await marks.RevocationsAsync(slug, ct) is not { } list)
                    return TypedResults.Problem("No revocation list is published here for that association.", statusCode: 404, title: "Not found");
                Public(http.Response);
                return TypedResults.Ok(list);
            })
            .WithTags("QualityMarks")
            .WithName("SignedRevocationList")
            .WithSummary("The association's revoked batches and serial ranges, signed with its active key; fetch again before nextUpdate.");
    }

    /// <summary>Public data: any origin may read it (a verifier's web app), caches may keep it a few minutes.</summary>
    private static void Public(HttpResponse response)
    {
        response.Headers.CacheControl = "public, max-age=300";
        response.Headers.AccessControlAllowOrigin = "*";
    }
}
