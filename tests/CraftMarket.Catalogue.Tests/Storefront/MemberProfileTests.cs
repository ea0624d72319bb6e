using System.Net;
using CraftMarket.Members.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>A member's public profile lists what it makes, read through the catalogue's contract: published products only.</summary>
public sealed class MemberProfileTests(StorefrontApp app) : IClassFixture<StorefrontApp>
{
    [Fact]
    public async Task A_profile_lists_the_members_published_products_in_the_readers_language()
    {
        MemberId maker, other;
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var active = (await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(default))
                .Where(m => m.Status == MemberStatus.Active).ToList();
            (maker, other) = (active[0].Id, active[1].Id);
        }
        var category = await app.CategoryAsync("bat-trang", "Bình hoa thử", "Test vases");
        var made = await app.ProductAsync("bat-trang", "Profile teapot", category, makerIds: [maker]);
        var draft = await app.ProductAsync("bat-trang", "Profile draft", category, makerIds: [maker], publish: false);
        var notTheirs = await app.ProductAsync("bat-trang", "Someone else's bowl", category, makerIds: [other]);

        var html = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync($"/en/members/{maker.Value}?currency=USD")));
        html.ShouldContain($"<a href=\"/en/products/{made.Id}/profile-teapot\" lang=\"en\">Profile teapot</a>");
        html.ShouldContain("<span class=\"price-indicative\">≈ US$9.50 <span class=\"indicative-note\">(indicative)</span>");   // 250,000 VND at Bat Trang's rate
        html.ShouldNotContain("Profile draft");
        html.ShouldNotContain(notTheirs.NameEn);
        html.ShouldNotContain(draft.Id.ToString());
    }
}
