using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.Phone;

internal sealed record PhoneCodeRequest(string? Phone);

internal sealed record PhoneLoginRequest(string? Phone, string? Code);

internal static class PhoneEndpoints
{
    public static void MapPhoneSignIn(this RouteGroupBuilder auth)
    {
        auth.MapPost("/phone/code", SendCode).RequireRateLimiting(SignInRateLimits.PhoneCode)
            .WithSummary("Text a sign-in code to a Vietnamese phone (202 whether or not an account exists)")
            .Produces(202).ProducesValidationProblem().ProducesProblem(429);
        auth.MapPost("/phone/login", Login).RequireRateLimiting(SignInRateLimits.SignIn)
            .WithSummary("Sign in with phone and the texted code; answers a bearer token")
            .Produces<AccessTokenResponse>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);
    }

    private static async Task<IResult> SendCode(PhoneCodeRequest request, PhoneCodeSignIn phone, HttpContext http, CancellationToken ct)
    {
        var sent = await phone.SendCodeAsync(request.Phone, ct);
        return sent.IsSuccess ? TypedResults.Accepted((string?)null) : sent.Error!.ToSignInProblem(http);
    }

    private static async Task<IResult> Login(PhoneLoginRequest request, PhoneCodeSignIn phone, SignInManager<CraftMarketUser> signIn,
        HttpContext http, CancellationToken ct)
    {
        var verified = await phone.VerifyAsync(request.Phone, request.Code, ct);
        if (verified.IsFailure) return verified.Error!.ToSignInProblem(http);
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        await signIn.SignInAsync(verified.Value!, isPersistent: false, authenticationMethod: "sms");
        return TypedResults.Empty;
    }
}
