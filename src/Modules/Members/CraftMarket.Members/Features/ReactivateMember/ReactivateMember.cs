using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Features.ReactivateMember;

/// <summary>
/// A member who left comes back (see <see cref="Domain.Member.Reactivate"/>). Deactivation removed
/// its producers' role here, so MemberInvited is published again: Identity links the phone's
/// account to this member once more and texts the household that it can sign in.
/// </summary>
internal sealed class ReactivateMemberHandler(MembersDb db, TimeProvider clock)
{
    public async Task<Result> Handle(MemberId id, CancellationToken ct)
    {
        if (await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } member) return Result.NotFound("member");
        var now = clock.GetUtcNow();
        var done = member.Reactivate(now);
        if (done.IsFailure) return done;
        db.Outbox.Add(OutboxMessage.From(member.Invitation(), now));
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/{id:guid}/reactivate", async (Guid id, ReactivateMemberHandler handler, CancellationToken ct) =>
                (await handler.Handle(new MemberId(id), ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("ReactivateMember")
            .WithSummary("Take a deactivated member back; its household is invited to sign in again.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
