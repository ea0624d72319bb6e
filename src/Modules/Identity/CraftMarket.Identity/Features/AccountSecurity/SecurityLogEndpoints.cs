using CraftMarket.Identity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.AccountSecurity;

/// <summary>One line of the owner's security log as the API shows it; kind is the stable name (e.g. "TwoFactorEnabled").</summary>
internal sealed record SecurityLogLine(DateTimeOffset At, string Kind, string? IpAddress, string? UserAgent, string? Detail);

internal static class SecurityLogEndpoints
{
    public const int DefaultTake = 50;

    public static void MapSecurityLog(this RouteGroupBuilder auth) =>
        auth.MapGet("/security-log", List).RequireAuthorization().RequireActor(ActorRequirement.SignedIn)
            .WithSummary("The signed-in user's own security log, newest first (take: 1 to 200, default 50)")
            .Produces<IReadOnlyList<SecurityLogLine>>().ProducesValidationProblem().ProducesProblem(401);

    // The user id comes from the caller's own claims only: there is no parameter naming another account.
    private static async Task<IResult> List(CurrentActor actor, SecurityLog log, int? take, CancellationToken ct)
    {
        if (take is < 1 or > SecurityLog.ShownLimit)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = ["Ask for 1 to 200 lines."] });
        var lines = await log.ForAsync(actor.UserId!.Value, take ?? DefaultTake, ct);
        return TypedResults.Ok(lines.Select(e => new SecurityLogLine(e.At, e.Kind.ToString(), e.IpAddress, e.UserAgent, e.Detail)).ToList());
    }
}
