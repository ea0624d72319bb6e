using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.TwoFactor;

internal sealed record EnableTwoFactorRequest(string? Code, string? CurrentPassword);

internal sealed record ConfirmWithPasswordRequest(string? CurrentPassword);

internal sealed record RecoveryCodes(IReadOnlyList<string> Codes);

/// <summary>
/// The signed-in user's authenticator. Changes need the current password and are limited like
/// sign-in attempts, so a stolen token cannot be used to guess the password either.
/// </summary>
internal static class TwoFactorEndpoints
{
    public static void MapTwoFactor(this RouteGroupBuilder auth)
    {
        var group = auth.MapGroup("/2fa").RequireAuthorization();
        group.MapGet("/", Setup)
            .WithSummary("Whether two-step sign-in is on; while it is off, the authenticator key and otpauth URI to set it up")
            .Produces<AuthenticatorSetup>().ProducesProblem(401);
        group.MapPost("/enable", Enable).RequireRateLimiting(SignInRateLimits.SignIn)
            .WithSummary("Turn on two-step sign-in with a first valid code and the current password; answers recovery codes (shown once)")
            .WithDescription("Refused with 409 when it is already on. The security stamp changes: bearer tokens issued before end.")
            .Produces<RecoveryCodes>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(409).ProducesProblem(429);
        group.MapPost("/disable", Disable).RequireRateLimiting(SignInRateLimits.SignIn)
            .WithSummary("Turn off two-step sign-in with the current password; the key and recovery codes are discarded")
            .WithDescription("Refused with 409 when it is off. The security stamp changes: bearer tokens issued before, this one included, end.")
            .Produces(204).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(409).ProducesProblem(429);
        group.MapPost("/recovery-codes", Regenerate).RequireRateLimiting(SignInRateLimits.SignIn)
            .WithSummary("Replace the recovery codes with new ones (current password required); the old ones stop working")
            .Produces<RecoveryCodes>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(409).ProducesProblem(429);
    }

    private static async Task<IResult> Setup(HttpContext http, UserManager<CraftMarketUser> users, Authenticator authenticator) =>
        await users.GetUserAsync(http.User) is { } user ? TypedResults.Ok(await authenticator.SetupAsync(user)) : TypedResults.Unauthorized();

    private static async Task<IResult> Enable(EnableTwoFactorRequest request, HttpContext http, UserManager<CraftMarketUser> users,
        Authenticator authenticator)
    {
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        var enabled = await authenticator.EnableAsync(user, request.Code, request.CurrentPassword);
        return enabled.IsSuccess ? TypedResults.Ok(new RecoveryCodes(enabled.Value!)) : enabled.Error!.ToProblem();
    }

    private static async Task<IResult> Disable(ConfirmWithPasswordRequest request, HttpContext http, UserManager<CraftMarketUser> users,
        Authenticator authenticator)
    {
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        return (await authenticator.DisableAsync(user, request.CurrentPassword)).ToHttp();
    }

    private static async Task<IResult> Regenerate(ConfirmWithPasswordRequest request, HttpContext http, UserManager<CraftMarketUser> users,
        Authenticator authenticator)
    {
        if (await users.GetUserAsync(http.User) is not { } user) return TypedResults.Unauthorized();
        var codes = await authenticator.RegenerateRecoveryCodesAsync(user, request.CurrentPassword);
        return codes.IsSuccess ? TypedResults.Ok(new RecoveryCodes(codes.Value!)) : codes.Error!.ToProblem();
    }
}
