using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Features.MemberPage;

/// <summary>A member's own page on the phone, in Vietnamese: work received, earned, paid, defects, against the village average.</summary>
internal static class MemberPagePart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<MemberInsightReads>();
        services.AddNavigation(
            // Households read their pages in Vietnamese whatever the page language (beside Orders' "Thu nhập", 1480).
            new NavigationEntry(NavigationArea.Account, "Hội và tôi", "~/account/insight", 1490, NavigationAudience.Producer) { TextLanguage = "vi" });
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/insight/me", async Task<Results<Ok<MemberInsightDto>, ForbidHttpResult>> (CurrentActor actor, HttpContext http,
                MemberInsightReads reads, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "private, no-store";
                if (!actor.IsProducerFor(out var member)) return TypedResults.Forbid();
                return TypedResults.Ok(MemberInsightDto.Of(await reads.ForMemberAsync(member.Value, ct)));
            })
            .RequireActor(ActorRequirement.Producer)
            .WithTags("Insight")
            .WithName("MyInsight")
            .WithSummary("The signed-in household's last 12 months (Vietnam dates): work orders, pieces and value received, earned (accepted value), " +
                "paid, pieces sampled and defects found with the ratio and the types, beside the village average per member who had work " +
                "(null when fewer than 5 members had work, so no neighbour's figures can be worked out). Never another household's figures.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}

/// <summary>The member page as JSON (camelCase): from/to, mine, myDefects, village (or null), includesDemo.</summary>
internal sealed record MemberInsightDto(DateOnly From, DateOnly To, MemberFigures Mine, IReadOnlyList<DefectTypeCount> MyDefects, VillageAverage? Village, bool IncludesDemo)
{
    public static MemberInsightDto Of(MemberInsight m) => new(m.Period.From, m.Period.To, m.Mine, m.MyDefects, m.Village, m.IncludesDemo);
}
