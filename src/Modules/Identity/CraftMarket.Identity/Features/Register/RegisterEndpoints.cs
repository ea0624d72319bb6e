using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.Register;

internal sealed record ConfirmEmailRequest(Guid UserId, string? Code);

internal sealed record ResendConfirmationRequest(string? Email);

internal static class RegisterEndpoints
{
    public static void MapBuyerRegistration(this RouteGroupBuilder auth)
    {
        auth.MapPost("/register", Register).RequireRateLimiting(Authentication.SignInRateLimits.SignIn)
            .WithSummary("Register a buyer account; a confirmation link is e-mailed")
            .Produces(202).ProducesValidationProblem().ProducesProblem(429);
        auth.MapPost("/confirm-email", Confirm)
            .WithSummary("Confirm a buyer's e-mail with the code from the link")
            .Produces(204).ProducesValidationProblem();
        // Sending costs a message: the stricter of the sign-in budgets.
        auth.MapPost("/confirm-email/resend", Resend).RequireRateLimiting(Authentication.SignInRateLimits.PhoneCode)
            .WithSummary("E-mail a new confirmation link to an unconfirmed account (202 whatever the address)")
            .Produces(202).ProducesValidationProblem().ProducesProblem(429);
    }

    private static async Task<IResult> Resend(ResendConfirmationRequest request, BuyerRegistration registration, AccountLinks links,
        HttpContext http, CancellationToken ct)
    {
        var result = await registration.ResendAsync(request.Email, (id, code) => ConfirmUrl(links.SiteOf(http), id, code), ct);
        return result.IsSuccess ? TypedResults.Accepted((string?)null) : result.Error!.ToProblem();
    }

    private static async Task<IResult> Register(RegisterBuyer request, BuyerRegistration registration, AccountLinks links,
        HttpContext http, CancellationToken ct)
    {
        var result = await registration.RegisterAsync(request, (id, code) => ConfirmUrl(links.SiteOf(http), id, code), ct);
        return result.IsSuccess ? TypedResults.Accepted((string?)null) : result.Error!.ToSignInProblem(http);
    }

    private static async Task<IResult> Confirm(ConfirmEmailRequest request, BuyerRegistration registration, CancellationToken ct) =>
        (await registration.ConfirmAsync(request.UserId, request.Code, ct)).ToHttp();

    /// <summary>The link opens the page on the site the buyer registered on (their village's, or the platform).</summary>
    public static string ConfirmUrl(string site, Guid userId, string code) =>
        $"{site}/account/confirm-email?userId={userId}&code={Uri.EscapeDataString(code)}";
}
