using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity.Features.Profile;

/// <summary>
/// A buyer's own profile. A bearer token keeps the claims it was issued with (company, name) until
/// it is refreshed; <c>/api/auth/me</c> reads the account itself, so it shows a change at once.
/// </summary>
internal static class ProfileEndpoints
{
    public static void MapBuyerProfile(this RouteGroupBuilder auth)
    {
        var profile = auth.MapGroup("/profile").RequireAuthorization().RequireActor(ActorRequirement.Buyer);
        profile.MapGet("/", Get).WithSummary("The signed-in buyer's profile")
            .Produces<BuyerProfileView>().ProducesProblem(401).ProducesProblem(403);
        profile.MapPut("/", Put).WithSummary("Change the signed-in buyer's name, company, country, languages and preferred language")
            .WithDescription("Country is an ISO 3166-1 alpha-2 code; languages are ISO 639-1 codes (at most 10); "
                + "preferredLanguage is vi, en, fr or ja. Claims in bearer tokens follow at the next refresh.")
            .Produces<BuyerProfileView>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
    }

    private static async Task<IResult> Get(HttpContext http, UserManager<CraftMarketUser> users) =>
        await users.GetUserAsync(http.User) is { } user ? TypedResults.Ok(BuyerProfile.View(user)) : TypedResults.Unauthorized();

    private static async Task<IResult> Put(UpdateBuyerProfile request, HttpContext http, UserManager<CraftMarketUser> users, BuyerProfile profiles) =>
        await users.GetUserAsync(http.User) is { } user ? (await profiles.UpdateAsync(user, request)).ToHttp() : TypedResults.Unauthorized();
}
