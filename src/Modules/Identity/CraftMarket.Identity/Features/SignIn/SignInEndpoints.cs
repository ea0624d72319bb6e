using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Features.Sessions;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Features.SignIn;

internal sealed record LoginRequest(string? Email, string? Phone, string? Password, string? TwoFactorCode);

internal sealed record RefreshRequest(string? RefreshToken);

internal static class SignInEndpoints
{
    public static void MapSignIn(this RouteGroupBuilder auth)
    {
        auth.MapPost("/login", Login).RequireRateLimiting(SignInRateLimits.SignIn)
            .WithSummary("Sign in with e-mail or phone and password; answers a bearer token")
            .Produces<AccessTokenResponse>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);
        auth.MapPost("/refresh", Refresh).RequireRateLimiting(SignInRateLimits.SignIn)
            .WithSummary("Exchange a refresh token for a new bearer token")
            .Produces<AccessTokenResponse>().ProducesProblem(401);
    }

    private static async Task<IResult> Login(LoginRequest request, PasswordCheck passwords, SignInManager<CraftMarketUser> signIn,
        SecurityLog log, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.Password) || (string.IsNullOrWhiteSpace(request.Email) && string.IsNullOrWhiteSpace(request.Phone)))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["credentials"] = ["Give an e-mail or a phone number, and a password."],
            });

        // The bearer handler writes the token JSON itself when the sign-in succeeds.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var checkedPassword = await passwords.SignInAsync(request.Email, request.Phone, request.Password, persistent: false, ct);
        if (checkedPassword.IsFailure) return checkedPassword.Error!.ToSignInProblem(http);
        var (user, result) = checkedPassword.Value;
        if (result.RequiresTwoFactor && !string.IsNullOrWhiteSpace(request.TwoFactorCode))
        {
            var code = request.TwoFactorCode.Replace(" ", "", StringComparison.Ordinal);
            result = code.Length == 6 && code.All(char.IsAsciiDigit)
                ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
                : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
            if (result.IsLockedOut) return passwords.LockedByTwoFactor(user).ToSignInProblem(http);
            if (!result.Succeeded) return SignInFailures.InvalidTwoFactorCode.ToProblem();
            await log.RecordAsync(user.Id, SecurityEventKind.SignedIn, "password and second factor", ct);
        }
        return result.Succeeded ? TypedResults.Empty : SignInFailures.From(result).ToProblem();
    }

    private static async Task<IResult> Refresh(RefreshRequest request, SignInManager<CraftMarketUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, SessionGate sessions, HttpContext http)
    {
        var protector = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
        // A changed security stamp (new password, 2FA switched on) revokes every refresh token.
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || !await signIn.CanSignInAsync(user) || await signIn.UserManager.IsLockedOutAsync(user)
            || !await sessions.IsCurrentAsync(ticket.Principal, http, http.RequestAborted))
            return TypedResults.Problem("The refresh token is invalid or expired. Sign in again.", statusCode: 401, title: "Unauthorized");

        var principal = await signIn.CreateUserPrincipalAsync(user);
        SessionClaims.Put(principal, SessionClaims.IdOf(ticket.Principal)!.Value); // the new tokens continue the same session
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
