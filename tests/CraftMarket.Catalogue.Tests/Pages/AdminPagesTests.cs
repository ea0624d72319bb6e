using System.Net;
using System.Text;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Catalogue.Tests.Pages;

[Collection(SharedSite.Name)]
public sealed class AdminPagesTests(SqliteCatalogueApp app)
{
    [Fact]
    public async Task The_import_page_lists_each_bad_row_and_imports_nothing()
    {
        var admin = await app.ClientFor("dong-ky").SignedInWithCookie(Auth.AssociationAdmin("dong-ky"));
        var page = await admin.GetStringAsync("/admin/catalogue/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Forms.Antiforgery(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("sku,category,name_vi,description_vi,base_price_vnd,makers\nDK-NEW-1,Bàn,Bàn mới,Mô tả,abc,HTX Mộc Đồng Kỵ\nDK-NEW-2,Không có,Ghế,Mô tả,1000,HTX Mộc Đồng Kỵ\n")), "file", "x.csv" },
        };
        var response = await admin.PostAsync("/admin/catalogue/import", content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<td>2</td><td><code>base_price_vnd</code></td>");
        html.ShouldContain("<td>3</td><td><code>category</code></td>");
        (await admin.GetStringAsync("/admin/catalogue/export")).ShouldNotContain("DK-NEW-1");
    }

    [Fact]
    public async Task Categories_are_added_and_renamed_from_the_page()
    {
        var admin = await app.ClientFor("van-phuc").SignedInWithCookie(Auth.AssociationAdmin("van-phuc"));
        var added = await admin.SubmitAsync("/admin/catalogue/categories",
            new Dictionary<string, string> { ["vi"] = "Chăn ga lụa", ["en"] = "Silk bedding" }, "/admin/catalogue/categories?handler=Create");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.GetStringAsync("/admin/catalogue/categories");
        page.ShouldContain("value=\"Silk bedding\"");
        var empty = await admin.SubmitAsync("/admin/catalogue/categories", new Dictionary<string, string> { ["vi"] = "" }, "/admin/catalogue/categories?handler=Create");
        (await empty.Content.ReadAsStringAsync()).ShouldContain("The Vietnamese name is required.");
    }
}
