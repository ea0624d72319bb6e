using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Features.ExportEligibility;

internal sealed record ExportEligibilityRequest(bool Eligible);

/// <summary>
/// The association records that a member meets (or no longer meets) its export standard: only then
/// does the export desk's allocation offer it a share of a joint order. The profile form still has
/// no such field (a member cannot declare itself eligible); only the association's admin sets it here.
/// </summary>
internal sealed class ExportEligibilityHandler(MembersDb db, TimeProvider clock)
{
    public async Task<Result> Handle(MemberId id, ExportEligibilityRequest request, CancellationToken ct)
    {
        if (await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } member) return Result.NotFound("member");
        member.SetExportEligible(request.Eligible, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/{id:guid}/export-eligibility", async (Guid id, ExportEligibilityRequest request, ExportEligibilityHandler handler, CancellationToken ct) =>
                (await handler.Handle(new MemberId(id), request, ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("SetMemberExportEligibility")
            .WithSummary("Record whether the member meets the association's export standard (joint orders are shared among eligible members only).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
