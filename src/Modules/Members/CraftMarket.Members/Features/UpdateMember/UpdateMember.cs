using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.Members.Domain;
using CraftMarket.Members.Features.InviteMember;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Features.UpdateMember;

/// <summary>Edits a member's profile. Used by the association (any field) and by the member itself (see MyMember).</summary>
internal sealed class UpdateMemberHandler(MembersDb db, TimeProvider clock)
{
    public async Task<Result<MemberDto>> Handle(MemberId id, Func<Member, MemberProfile> edit, bool activate, CancellationToken ct)
    {
        // The tenant query filter makes another association's member simply not exist here.
        if (await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct) is not { } member) return Error.NotFound("member");

        var updated = member.Update(edit(member), clock.GetUtcNow());
        if (updated.IsFailure) return updated.Error!;
        if (activate && member.Activate(clock.GetUtcNow()) is { IsFailure: true } notActive) return notActive.Error!;
        if (await PhoneTaken.CheckAsync(db, member.PhoneE164, member.Id, ct) is { } taken) return taken;

        db.Outbox.Add(new MemberChanged(Guid.CreateVersion7(), member.TenantId, member.Id,
            member.PhoneE164, member.PreferredLanguage, member.DisplayName), clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await PhoneTaken.CheckAsync(db, member.PhoneE164, member.Id, ct) is { } raced) return raced;
            throw;
        }
        return MemberDto.From(member);
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/{id:guid}", async (Guid id, MemberProfileRequest request, UpdateMemberHandler handler, CancellationToken ct) =>
                (await handler.Handle(new MemberId(id), _ => request.ToProfile(), activate: false, ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("UpdateMember")
            .WithSummary("Edit a member's profile (the export flag is not editable here).")
            .Produces<MemberDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
