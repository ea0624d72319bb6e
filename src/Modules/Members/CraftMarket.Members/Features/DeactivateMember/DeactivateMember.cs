using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Features.DeactivateMember;

/// <summary>The member leaves or is removed; Identity revokes its producers' access on MemberDeactivated.</summary>
internal sealed class DeactivateMemberHandler(MembersDb db, TimeProvider clock)
{
    public async Task<Result> Handle(MemberId id, CancellationToken ct)
    {
        if (await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } member) return Result.NotFound("member");
        var done = member.Deactivate(clock.GetUtcNow());
        if (done.IsFailure) return done;
        db.Outbox.Add(new MemberDeactivated(Guid.CreateVersion7(), member.TenantId, member.Id), clock);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/{id:guid}/deactivate", async (Guid id, DeactivateMemberHandler handler, CancellationToken ct) =>
                (await handler.Handle(new MemberId(id), ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("DeactivateMember")
            .WithSummary("Deactivate a member; its producer accounts lose access to this association.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
