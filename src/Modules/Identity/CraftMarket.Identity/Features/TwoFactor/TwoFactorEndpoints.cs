using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.TwoFactor;

internal sealed record EnableTwoFactorRequest(string? Code);

internal sealed record RecoveryCodes(IReadOnlyList<string> Codes);

internal static class TwoFactorEndpoints
{
    public static void MapTwoFactor(this RouteGroupBuilder auth)
    {
        var group = auth.MapGroup("/2fa").RequireAuthorization();
        group.MapGet("/", Setup).WithSummary("The authenticator key and otpauth URI for the signed-in user")
            .Produces<AuthenticatorSetup>();
        group.MapPost("/enable", Enable).WithSummary("Turn on two-factor sign-in with a first valid code; answers recovery codes")
            .Produces<RecoveryCodes>().ProducesValidationProblem();
    }

    private static async Task<IResult> Setup(HttpContext http, UserManager<CraftMarketUser> users, Authenticator authenticator) =>
        await users.GetUserAsync(http.User) is { } user ? TypedResults.Ok(await authenticator.SetupAsync(user)) : TypedResults.Unauthorized();

    private static async Task<IResult> Enable(EnableTwoFactorRequest request, HttpContext http, UserManager<CraftMarketUser> users,
        Authenticator authenticator)
    {
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        var enabled = await authenticator.EnableAsync(user, request.Code);
        return enabled.IsSuccess ? TypedResults.Ok(new RecoveryCodes(enabled.Value!)) : enabled.Error!.ToProblem();
    }
}
