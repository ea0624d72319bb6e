using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.Password;

internal static class PasswordEndpoints
{
    public static void MapPasswordChange(this RouteGroupBuilder auth) =>
        auth.MapPost("/password/change", Change).RequireAuthorization().RequireRateLimiting(SignInRateLimits.SignIn)
            .WithSummary("Change the signed-in user's password (current password required)")
            .WithDescription("Every bearer and refresh token of the account, this one included, ends: sign in again with the new password.")
            .Produces(204).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);

    private static async Task<IResult> Change(ChangePassword request, HttpContext http, UserManager<CraftMarketUser> users,
        PasswordChange passwords, CancellationToken ct) =>
        await users.GetUserAsync(http.User) is { } user ? (await passwords.ChangeAsync(user, request, ct)).ToHttp() : TypedResults.Unauthorized();
}
