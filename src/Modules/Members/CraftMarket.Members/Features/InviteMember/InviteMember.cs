using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.Members.Domain;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Features.InviteMember;

/// <summary>
/// The association invites a household or enterprise by phone. The member row and the
/// MemberInvited event (Identity texts the invitation) commit in one transaction.
/// </summary>
internal sealed class InviteMemberHandler(MembersDb db, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Result<MemberDto>> Handle(MemberProfileRequest request, CancellationToken ct)
    {
        if (tenant.TenantId is not { } tenantId) return Error.NotFound("association");
        var now = clock.GetUtcNow();
        var invited = Member.Invite(tenantId, request.ToProfile(), now);
        if (invited.IsFailure) return invited.Error!;
        var member = invited.Value!;

        if (await PhoneTaken.CheckAsync(db, member.PhoneE164, null, ct) is { } taken) return taken;

        db.Members.Add(member);
        db.Outbox.Add(OutboxMessage.From(member.Invitation(), now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two admins inviting the same phone at once: the unique index decides, the loser gets 409.
            if (await PhoneTaken.CheckAsync(db, member.PhoneE164, null, ct) is { } raced) return raced;
            throw;
        }
        return MemberDto.From(member);
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/", async (MemberProfileRequest request, InviteMemberHandler handler, CancellationToken ct) =>
                (await handler.Handle(request, ct)).ToCreated(m => $"/api/members/{m.Id}"))
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("InviteMember")
            .WithSummary("Invite a household or enterprise by phone; Identity texts the invitation.")
            .Produces<MemberDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>The same phone twice in one association would mean two members signing in as one.</summary>
internal static class PhoneTaken
{
    public static async Task<Error?> CheckAsync(MembersDb db, string phoneE164, MemberId? except, CancellationToken ct)
    {
        var other = await db.Members.AsNoTracking()
            .Where(m => m.PhoneE164 == phoneE164 && (except == null || m.Id != except))
            .Select(m => new { m.DisplayName, m.Status }).FirstOrDefaultAsync(ct);
        if (other is null) return null;
        // A member who left still holds its phone; the way back is to reactivate it, not a second member.
        var hint = other.Status == MemberStatus.Deactivated ? " That member is deactivated: reactivate it instead." : "";
        return Error.Conflict("member_phone_taken", $"The phone number is already used by member “{other.DisplayName}”.{hint}");
    }
}
