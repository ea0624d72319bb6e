using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Features.ApiTokens;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.Staff;

/// <summary>The association admin's staff API; accepting an invitation is under /api/auth (the invitee may have no account yet).</summary>
internal static class StaffEndpoints
{
    public static void MapStaff(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/identity/staff").WithTags("Identity").RequireActor(ActorRequirement.AssociationAdmin);
        staff.MapGet("", async (StaffRoster roster, CancellationToken ct) => TypedResults.Ok(await roster.ListAsync(ct)))
            .WithName("ListStaff").WithSummary("Staff accounts of this association with their roles (association admins only)")
            .ProducesProblem(403);
        staff.MapPost("/invitations", Invite)
            .WithName("InviteStaff").WithSummary("Invite someone by e-mail to join the staff with the given roles; the link expires after 7 days")
            .Produces<OpenStaffInvitation>(201).ProducesValidationProblem().ProducesProblem(409).ProducesProblem(403);
        staff.MapPut("/{userId:guid}/roles", async (Guid userId, ChangeStaffRoles body, StaffRoster roster, CancellationToken ct) =>
                (await roster.ChangeRolesAsync(userId, body, ct)).ToHttp())
            .WithName("ChangeStaffRoles").WithSummary("Replace a staff account's roles here; the last association admin cannot be demoted")
            .Produces(204).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(403);
        staff.MapDelete("/{userId:guid}", async (Guid userId, StaffRoster roster, CancellationToken ct) =>
                (await roster.RemoveAsync(userId, ct)).ToHttp())
            .WithName("RemoveStaff").WithSummary("Remove an account from the staff: its roles here go and its tokens stop working at once")
            .Produces(204).ProducesProblem(404).ProducesProblem(409).ProducesProblem(403);

        // Creates accounts and guesses tokens if abused: limited like registration and sign-in.
        app.MapPost("/api/auth/staff-invitations/accept", Accept).WithTags("Auth").RequireRateLimiting(SignInRateLimits.SignIn).RefuseApiTokens()
            .WithName("AcceptStaffInvitation")
            .WithSummary("Accept a staff invitation: signed in, with your account (it must be the invited address); otherwise with a new account")
            .Produces(204).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(409);
    }

    private static async Task<IResult> Invite(InviteStaff body, CurrentActor actor, StaffRoster roster, AccountLinks links, HttpContext http, CancellationToken ct)
    {
        var result = await roster.InviteAsync(body, actor.UserId!.Value, token => AcceptUrl(links.SiteOf(http), token), ct);
        return result.ToCreated(_ => "/api/identity/staff");   // the invitation shows on the staff page until accepted
    }

    private static async Task<IResult> Accept(AcceptStaffInvitation body, CurrentActor actor, StaffInvitationAcceptance acceptance, CancellationToken ct) =>
        actor.UserId is { } userId
            ? (await acceptance.AcceptAsAsync(userId, body.Token, ct)).ToHttp()
            : (await acceptance.AcceptAsNewAsync(body, ct)) is { IsSuccess: false } failed ? failed.Error!.ToProblem() : TypedResults.NoContent();

    public static string AcceptUrl(string site, string token) => $"{site}/account/staff-invitation?token={Uri.EscapeDataString(token)}";
}
