using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;
using CraftMarket.Members.Features.ListMembers;
using CraftMarket.Members.Features.UpdateMember;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Members.Features.MyMember;

/// <summary>
/// What a producer may change about their own member. Kind and signing authority are legal facts
/// the association verifies, and export eligibility comes from the quality mark, so none is here.
/// </summary>
internal sealed record MyProfileRequest(
    string DisplayName, string RepresentativeName, string Phone, string Commune, string? Address,
    IReadOnlyList<string>? Crafts, IReadOnlyList<EquipmentDto>? Equipment, IReadOnlyList<CapacityDto>? Capacities,
    IReadOnlyList<string>? Languages, PrivacyDto? Privacy)
{
    public MemberProfile ApplyTo(Member current) =>
        new MemberProfileRequest(current.Kind, DisplayName, RepresentativeName, Phone, Commune, Address, Crafts, Equipment,
            Capacities, Languages, current.CanSignContracts, Privacy).ToProfile();
}

internal static class MyMemberEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me", async (CurrentActor actor, ListMembersHandler handler, CancellationToken ct) =>
            {
                if (actor.MemberId is not { } id) return NotAMember();
                var found = await handler.Get(id, ct);
                return found.IsSuccess ? TypedResults.Ok(MemberDto.From(found.Value!)) : found.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.Producer)
            .WithName("GetMyMember")
            .WithSummary("The signed-in producer's own member profile in this association.")
            .Produces<MemberDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPut("/me", async (MyProfileRequest request, CurrentActor actor, UpdateMemberHandler handler,
                CancellationToken ct) =>
            {
                if (actor.MemberId is not { } id) return NotAMember();
                // Saving one's own profile shows the invitation reached the member: it becomes active.
                return (await handler.Handle(id, request.ApplyTo, activate: true, ct)).ToHttp();
            })
            .RequireAuthorization(Policies.Producer)
            .WithName("UpdateMyMember")
            .WithSummary("Edit one's own profile; kind, signing authority and export eligibility stay with the association.")
            .Produces<MemberDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult NotAMember() =>
        Error.Forbidden("Your account is not linked to a member of this association.").ToProblem();
}
