using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>A household's request for a mark (or staff's on its behalf); naming a certificate makes it a renewal.</summary>
internal sealed record CreateApplicationRequest(Guid? SchemeId, Guid? MemberId, IReadOnlyList<Guid>? ProductIds, string? Note,
    Guid? RenewsCertificateId = null);

/// <summary>
/// Opens a Draft application under the scheme's current version, for products the member makes
/// (and, when the scheme lists categories, only products in them).
/// </summary>
internal sealed class CreateApplicationHandler(QualityMarksDb db, ICatalogue catalogue, IMemberDirectory members, TimeProvider clock)
{
    public async Task<Result<MarkApplication>> Handle(CreateApplicationRequest request, CurrentActor actor, CancellationToken ct)
    {
        var who = await MemberFor(request, actor, ct);
        if (who.IsFailure) return who.Error!;
        var member = who.Value;

        if (request.SchemeId is not { } schemeId) return Error.Validation("schemeId", "Choose a mark.");
        var scheme = await db.Schemes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == new MarkSchemeId(schemeId), ct);
        if (scheme is null) return Error.NotFound("scheme");
        if (scheme.Retired) return Error.Validation("schemeId", "This mark is retired: it takes no new applications.");
        if (scheme.CurrentVersion == 0) return Error.Validation("schemeId", "This mark has no published criteria yet.");

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var productIds = (request.ProductIds ?? []).Distinct().ToList();
        if (productIds.Count == 0) errors["productIds"] = ["Choose at least one of your products."];
        else if (productIds.Count > MarkApplication.MaxProducts) errors["productIds"] = [$"At most {MarkApplication.MaxProducts} products per application."];
        else await CheckProducts(productIds, member, scheme, errors, ct);
        var note = request.Note?.Trim() ?? "";
        if (note.Length > MarkApplication.NoteMax) errors["note"] = [$"At most {MarkApplication.NoteMax} characters."];
        if (errors.Count > 0) return Error.Validation(errors);

        CertificateId? renews = null;
        if (request.RenewsCertificateId is { } certificateId)
        {
            var renewal = await RenewalRules.CheckAsync(db, new CertificateId(certificateId), member, scheme.Id, actor, ct);
            if (renewal.IsFailure) return renewal.Error!;
            renews = new CertificateId(certificateId);
        }

        var open = await db.Applications.AsNoTracking()
            .Where(a => a.MemberId == member && a.SchemeId == scheme.Id
                && (a.Status == ApplicationStatus.Draft || a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Inspecting))
            .Select(a => a.ProductIds).ToListAsync(ct);
        if (open.Any(products => products.Intersect(productIds).Any()))
            return Error.Conflict("application_open", "An open application for this mark already covers one of these products.");

        var now = clock.GetUtcNow();
        var application = new MarkApplication(MarkApplicationId.New(), db.Tenant, scheme.Id, scheme.CurrentVersion, member, productIds, note, now, renews);
        db.Applications.Add(application);
        db.Record(now, ApplicationAccess.Who(actor), "application", application.Id.Value, renews is null ? "created" : "created-renewal",
            $"scheme {scheme.Code} v{scheme.CurrentVersion}; {productIds.Count} product(s)" + (actor.IsStaff ? "; on the member's behalf" : ""));
        await db.SaveChangesAsync(ct);
        return application;
    }

    /// <summary>A producer applies for its own member; staff name the member they apply for.</summary>
    private async Task<Result<MemberId>> MemberFor(CreateApplicationRequest request, CurrentActor actor, CancellationToken ct)
    {
        MemberId member;
        if (actor.IsStaff && request.MemberId is { } named) member = new MemberId(named);
        else if (actor.IsProducerFor(out var own))
        {
            if (request.MemberId is { } other && other != own.Value) return Error.NotFound("member");
            member = own;
        }
        else if (actor.IsStaff) return Error.Validation("memberId", "Name the member the application is for.");
        else return Error.Forbidden();

        var found = await members.FindAsync(member, ct);
        if (found is null) return Error.NotFound("member");
        if (found.Status == MemberStatus.Deactivated) return Error.Validation("memberId", "This member has left the association.");
        return member;
    }

    private async Task CheckProducts(List<Guid> productIds, MemberId member, MarkScheme scheme, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var wanted = productIds.ToHashSet();
        var found = new Dictionary<Guid, ProductOutline>();
        await foreach (var product in catalogue.AllAsync(ct))
            if (wanted.Contains(product.Access.Id.Value)) found[product.Access.Id.Value] = product;
        var covered = SchemeCategories.Of(scheme);
        for (var i = 0; i < productIds.Count; i++)
        {
            // Someone else's product and a product that does not exist read the same: nothing about other households leaks.
            if (!found.TryGetValue(productIds[i], out var product) || !product.Access.IsMadeBy(member) || product.Access.Status == ProductStatus.Archived)
                errors[$"productIds[{i}]"] = ["Not one of this member's products."];
            else if (covered.Count > 0 && !covered.Contains(product.CategoryId.Value))
                errors[$"productIds[{i}]"] = ["This product's category is not covered by this mark."];
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/", async (CreateApplicationRequest request, CurrentActor actor, CreateApplicationHandler handler,
                ApplicationReads reads, CancellationToken ct) =>
            {
                var created = await handler.Handle(request, actor, ct);
                if (created.IsFailure) return created.Error!.ToProblem();
                var dto = await reads.DtoAsync(created.Value!, actor, ct);
                return TypedResults.Created($"/api/quality/applications/{dto.Id}", dto);
            })
            .WithName("CreateMarkApplication")
            .WithSummary("Apply for a mark for some of a member's products (a producer for its own member; staff name memberId). " +
                "renewsCertificateId makes it a renewal of that member's certificate under the same mark.")
            .Produces<ApplicationDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>The catalogue categories a scheme covers (stored as category ids); empty means every category.</summary>
internal static class SchemeCategories
{
    public static IReadOnlySet<Guid> Of(MarkScheme scheme) =>
        scheme.Categories.Select(c => Guid.TryParse(c, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToHashSet();
}
