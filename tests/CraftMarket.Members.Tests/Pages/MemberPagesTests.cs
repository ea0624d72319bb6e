using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Tests.Pages;

/// <summary>Server-rendered pages over HTTP, on the seeded demo villages, signed in through the login page as a person would.</summary>
public sealed partial class MemberPagesTests(MemberPagesTests.App app) : IClassFixture<MemberPagesTests.App>
{
    public sealed class App() : MembersApp();

    // A demo producer with a password (DEMO_ACCOUNTS.md): her member is edited by one test only.
    private const string LanPhone = "0904 118 273";

    private Task<HttpClient> Browser(string slug, string login) => app.ClientFor(slug).SignedInWithCookie(login);

    private static async Task<string> Html(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_public_directory_lists_the_seeded_members_without_their_private_details()
    {
        var html = await Html(await app.ClientFor("bat-trang").GetAsync("/members"));
        html.ShouldContain("Công ty TNHH Gốm sứ Minh Hải");
        html.ShouldContain("Hộ Vũ Thị Hoa");
        html.ShouldNotContain("Lụa Vạn Phúc", customMessage: "another village's members");

        await using var scope = app.ScopeFor("bat-trang");
        var hoa = await MembersApp.Db(scope).Members.SingleAsync(m => m.DisplayName == "Hộ Vũ Thị Hoa");
        var profile = await Html(await app.ClientFor("bat-trang").GetAsync($"/members/{hoa.Id}"));
        profile.ShouldContain("Bát Tràng, Gia Lâm, Hà Nội");
        profile.ShouldNotContain("Thôn Kim Lan");       // address kept private
        profile.ShouldNotContain("945 602 338");         // phone kept private
        profile.ShouldNotContain("Vũ Thị Hoa</dd>");     // representative kept private

        (await app.ClientFor("van-phuc").GetAsync($"/members/{hoa.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Admin_pages_need_an_association_admin()
    {
        var producer = await Browser("bat-trang", LanPhone);
        var refused = await producer.GetAsync("/admin/members");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.ShouldContain("/account/access-denied");
        var html = await Html(await (await Browser("bat-trang", Auth.AssociationAdmin("bat-trang"))).GetAsync("/admin/members?Kind=Cooperative"));
        html.ShouldContain("HTX Gốm Bát Tràng Xanh");
        html.ShouldNotContain("Hộ Vũ Thị Hoa");
    }

    [Fact]
    public async Task Member_links_keep_the_association_path_prefix()
    {
        var html = await Html(await app.ClientFor(null).GetAsync("/v/bat-trang/members"));
        var links = MemberLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        links.ShouldNotBeEmpty();
        links.ShouldAllBe(href => href.StartsWith("/v/bat-trang/members/", StringComparison.Ordinal));

        var profile = await Html(await app.ClientFor(null).GetAsync(links[0]));
        profile.ShouldContain("href=\"/v/bat-trang/members\"");

        var admin = app.ClientFor(null);
        var signedIn = await admin.SubmitAsync("/v/bat-trang/account/login",
            new Dictionary<string, string> { ["Login"] = Auth.AssociationAdmin("bat-trang"), ["Password"] = Auth.DemoPassword });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var register = await Html(await admin.GetAsync("/v/bat-trang/admin/members"));
        AdminLink().Matches(register).Select(m => m.Groups[1].Value).ShouldAllBe(href => href.StartsWith("/v/bat-trang/admin/members/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_absurd_page_number_in_the_directory_page_still_answers_a_page()
    {
        (await app.ClientFor("bat-trang").GetAsync("/members?p=2147483647")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await Browser("bat-trang", Auth.AssociationAdmin("bat-trang"));
        (await admin.GetAsync("/admin/members?p=2147483647")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_invites_from_the_page_and_sees_field_errors_next_to_the_field()
    {
        var admin = await Browser("bat-trang", Auth.AssociationAdmin("bat-trang"));
        var token = Token(await Html(await admin.GetAsync("/admin/members")));
        FormUrlEncodedContent Form(string phone) => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Invite.Kind"] = "Household", ["Invite.DisplayName"] = "Hộ Trang Mời",
            ["Invite.RepresentativeName"] = "Lý Văn Mời", ["Invite.Phone"] = phone, ["Invite.Commune"] = "Bát Tràng",
        });

        var invalid = await Html(await admin.PostAsync("/admin/members?handler=Invite", Form("123")));
        invalid.ShouldContain("field-validation-error");
        invalid.ShouldContain("Vietnamese phone number");

        var created = await admin.PostAsync("/admin/members?handler=Invite", Form(Phones.Next()));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edit = created.Headers.Location!.OriginalString;
        edit.ShouldStartWith("/admin/members/");

        var editHtml = await Html(await admin.GetAsync(edit));
        editHtml.ShouldContain("Hộ Trang Mời");
        var deactivated = await admin.PostAsync(edit + "?handler=Deactivate",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(editHtml) }));
        deactivated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Html(await admin.GetAsync(edit))).ShouldContain(nameof(MemberStatus.Deactivated));
    }

    [Fact]
    public async Task A_producer_edits_their_own_profile_page_but_not_their_kind()
    {
        await using var scope = app.ScopeFor("bat-trang");
        var lan = await MembersApp.Db(scope).Members.AsNoTracking().SingleAsync(m => m.DisplayName == "Gốm men rạn Phạm Thị Lan");
        var producer = await Browser("bat-trang", LanPhone);

        var page = await Html(await producer.GetAsync("/account/member"));
        page.ShouldContain("Gốm men rạn Phạm Thị Lan");
        page.ShouldNotContain("name=\"Form.Kind\"");
        var saved = await producer.PostAsync("/account/member", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["Form.Kind"] = "Enterprise", ["Form.CanSignContracts"] = "true",
            ["Form.DisplayName"] = "Gốm men rạn Lan và Con", ["Form.RepresentativeName"] = "Phạm Thị Lan", ["Form.Phone"] = lan.PhoneE164,
            ["Form.Commune"] = lan.Commune, ["Form.Capacities"] = "lọ hoa: 3500 chiếc\nđĩa: 2.000 chiếc", ["Form.PhonePublic"] = "true",
        }));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        await using var after = app.ScopeFor("bat-trang");
        var member = await MembersApp.Db(after).Members.AsNoTracking().SingleAsync(m => m.Id == lan.Id);
        member.DisplayName.ShouldBe("Gốm men rạn Lan và Con");
        member.Capacities.Select(c => (c.Category, c.Quantity)).ShouldBe([("lọ hoa", 3500), ("đĩa", 2000)]);
        member.Privacy.PhonePublic.ShouldBeTrue();
        (member.Kind, member.CanSignContracts).ShouldBe((MemberKind.Household, false));
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("href=\"([^\"]*members/[0-9a-f-]{36})\"")]
    private static partial Regex MemberLink();

    [GeneratedRegex("href=\"([^\"]*admin/members/[0-9a-f-]{36})\"")]
    private static partial Regex AdminLink();
}
