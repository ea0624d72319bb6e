using System.Net;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests.MultiNode;

/// <summary>
/// ADR 0077: on PostgreSQL the data-protection key ring is in the database, so a person signed in on
/// one node stays signed in on the next, and a form rendered by one node posts to another. With the
/// keys in each node's data directory (separate rings) B reads neither the cookie nor the token.
/// </summary>
[Collection(NodesCollection.Name)]
public sealed class KeysAcrossNodesTests(Nodes nodes)
{
    [Fact]
    public async Task Signed_in_on_node_A_a_form_from_node_A_posts_on_node_B()
    {
        var site = new Uri("http://bat-trang.localhost/");
        var onA = new BrowserCookies();
        var a = nodes.A.CreateDefaultClient(site, onA);
        await a.SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var token = Forms.Antiforgery(await a.GetStringAsync("/admin/brand"));
        token.ShouldNotBeEmpty();

        var onB = new BrowserCookies();
        onB.Container.Add(onA.Container.GetAllCookies());
        var b = nodes.B.CreateDefaultClient(site, onB);
        (await b.GetAsync("/admin/brand")).StatusCode.ShouldBe(HttpStatusCode.OK, "B reads the sign-in cookie A made");

        var saved = await b.PostFormAsync("/admin/brand", new Dictionary<string, string>
        {
            ["Form.BrandName"] = "Gốm Bát Tràng", ["Form.ThemeName"] = "bat-trang", ["Form.PrimaryColor"] = "#2e4a62",
            ["Form.AccentColor"] = "#b8860b", ["Form.BackgroundColor"] = "#f7f9fc", ["Form.TextColor"] = "#14213d",
            ["Form.HeadingFont"] = "Georgia, serif", ["Form.BodyFont"] = "system-ui, sans-serif",
        }, token);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, "B accepts the antiforgery token A rendered");
        WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()).ShouldContain("Đã lưu.");
    }
}
