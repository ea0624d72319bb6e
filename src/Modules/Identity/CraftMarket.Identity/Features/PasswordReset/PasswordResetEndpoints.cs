using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.PasswordReset;

/// <summary>By e-mail: give <c>email</c>. By SMS (producers): give <c>phone</c>.</summary>
internal sealed record ForgotPasswordRequest(string? Email, string? Phone);

/// <summary>From the e-mailed link: <c>userId</c> and <c>code</c>. From a texted code: <c>phone</c> and <c>code</c>.</summary>
internal sealed record ResetPasswordRequest(Guid? UserId, string? Phone, string? Code, string? Password);

internal static class PasswordResetEndpoints
{
    public static void MapPasswordReset(this RouteGroupBuilder auth)
    {
        // Sending costs a message: the stricter of the sign-in budgets.
        auth.MapPost("/password/forgot", Forgot).RequireRateLimiting(SignInRateLimits.PhoneCode)
            .WithSummary("E-mail a reset link (email) or text a reset code (phone); 202 whether or not the account exists")
            .Produces(202).ProducesValidationProblem().ProducesProblem(429);
        auth.MapPost("/password/reset", Reset).RequireRateLimiting(SignInRateLimits.SignIn)
            .WithSummary("Set a new password with the e-mailed link's code or the texted code; ends every other session")
            .Produces(204).ProducesValidationProblem().ProducesProblem(429);
    }

    private static async Task<IResult> Forgot(ForgotPasswordRequest request,
        PasswordResetByEmail byEmail, PasswordResetBySms bySms, AccountLinks links, HttpContext http, CancellationToken ct)
    {
        var result = Which(request.Email, request.Phone) switch
        {
            Channel.Email => await byEmail.RequestAsync(request.Email, (id, code) => ResetUrl(links.SiteOf(http), id, code), ct),
            Channel.Sms => await bySms.RequestAsync(request.Phone, ct),
            _ => EmailOrPhone,
        };
        return result.IsSuccess ? TypedResults.Accepted((string?)null) : result.Error!.ToProblem();
    }

    private static async Task<IResult> Reset(ResetPasswordRequest request,
        PasswordResetByEmail byEmail, PasswordResetBySms bySms, CancellationToken ct)
    {
        var result = request.UserId is not null && string.IsNullOrWhiteSpace(request.Phone)
            ? await byEmail.ResetAsync(request.UserId, request.Code, request.Password, ct)
            : request.UserId is null && !string.IsNullOrWhiteSpace(request.Phone)
                ? await bySms.ResetAsync(request.Phone, request.Code, request.Password, ct)
                : Error.Validation("code", "Give the user id and code from the e-mailed link, or the phone and the texted code.");
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    /// <summary>The link opens the reset page on the site the request came from (a village's, or the platform).</summary>
    public static string ResetUrl(string site, Guid userId, string code) =>
        $"{site}/account/reset-password?userId={userId}&code={Uri.EscapeDataString(code)}";

    public enum Channel { None, Email, Sms }

    public static readonly Error EmailOrPhone = Error.Validation("email", "Give your e-mail address or your phone number.");

    public static Channel Which(string? email, string? phone) =>
        (string.IsNullOrWhiteSpace(email), string.IsNullOrWhiteSpace(phone)) switch
        {
            (false, true) => Channel.Email,
            (true, false) => Channel.Sms,
            _ => Channel.None,
        };
}
