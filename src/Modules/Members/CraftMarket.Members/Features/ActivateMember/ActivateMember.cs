using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Features.ActivateMember;

/// <summary>
/// Confirms an invited member. The member's own first profile save also activates it (it proves
/// the invitation reached the phone); this lets the association confirm one who signed up on paper.
/// </summary>
internal sealed class ActivateMemberHandler(MembersDb db, TimeProvider clock)
{
    public async Task<Result> Handle(MemberId id, CancellationToken ct)
    {
        if (await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } member) return Result.NotFound("member");
        var wasActive = member.Status == MemberStatus.Active;
        var done = member.Activate(clock.GetUtcNow());
        if (done.IsFailure || wasActive) return done;
        db.Outbox.Add(new MemberChanged(Guid.CreateVersion7(), member.TenantId, member.Id,
            member.PhoneE164, member.PreferredLanguage, member.DisplayName), clock);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/{id:guid}/activate", async (Guid id, ActivateMemberHandler handler, CancellationToken ct) =>
                (await handler.Handle(new MemberId(id), ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("ActivateMember")
            .WithSummary("Confirm an invited member's membership.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
