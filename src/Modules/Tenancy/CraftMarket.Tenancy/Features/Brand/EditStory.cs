using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Tenancy.Features.Brand;

/// <summary>An association admin writes its own brand story and village facts; the tenant comes from the request.</summary>
internal sealed class EditStory(ITenantContext current, TenantChanges changes)
{
    public async Task<Result<VillageStory>> GetAsync(CancellationToken ct) =>
        current.TenantId is { } id && await changes.FindAsync(id.Value, ct) is { } t ? t.Story : Error.NotFound("association");

    public async Task<Result<VillageStory>> UpdateAsync(VillageStory input, CancellationToken ct)
    {
        if (current.TenantId is not { } id || await changes.FindAsync(id.Value, ct) is not { } tenant) return Error.NotFound("association");
        var updated = tenant.UpdateStory(input, changes.Now);
        if (updated.IsFailure) return updated.Error!;
        var committed = await changes.CommitAsync(tenant, created: false, ct);
        return committed.IsFailure ? committed.Error! : tenant.Story;
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/association/story").WithTags("Association: brand")
            .RequireAuthorization(Policies.AssociationAdmin);
        api.MapGet("/", async (EditStory story, CancellationToken ct) => (await story.GetAsync(ct)).ToHttp())
            .WithName("GetVillageStory").Produces<VillageStory>();
        api.MapPut("/", async (VillageStory input, EditStory story, CancellationToken ct) => (await story.UpdateAsync(input, ct)).ToHttp())
            .WithName("UpdateVillageStory")
            .WithSummary("The brand story (Vietnamese required; en, fr, ja optional) and village facts shown on the home and about pages.")
            .Produces<VillageStory>()
            .ProducesValidationProblem();
    }
}
