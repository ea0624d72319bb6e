using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>Uses the demo accounts, so it also proves the seeder created staff per village.</summary>
public sealed class TenantRoleTests(TenantRoleTests.App app) : IClassFixture<TenantRoleTests.App>
{
    public sealed class App() : IdentityApp();

    [Fact]
    public async Task A_Bat_Trang_admin_is_admin_on_Bat_Trang_and_nobody_on_Van_Phuc()
    {
        var token = await app.ClientFor("bat-trang").LoginAsync(new { email = Auth.AssociationAdmin("bat-trang"), password = Auth.DemoPassword });

        var home = app.ClientFor("bat-trang").Bearer(token);
        (await home.GetAsync("/api/identity/accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.GetFromJsonAsync<MeView>("/api/auth/me"))!.TenantRoles.ShouldBe(["association-admin"]);

        var elsewhere = app.ClientFor("van-phuc").Bearer(token);
        await (await elsewhere.GetAsync("/api/identity/accounts")).ProblemAsync(HttpStatusCode.Forbidden);
        (await elsewhere.GetFromJsonAsync<MeView>("/api/auth/me"))!.TenantRoles.ShouldBeEmpty();

        // The platform host has no association: tenant policies fail closed there.
        (await app.ClientFor(null).Bearer(token).GetAsync("/api/identity/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_path_form_of_an_association_applies_the_same_check()
    {
        var token = await app.ClientFor(null).LoginAsync(new { email = Auth.AssociationAdmin("bat-trang"), password = Auth.DemoPassword });
        var platform = app.ClientFor(null).Bearer(token);
        (await platform.GetAsync("/v/bat-trang/api/identity/accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await platform.GetAsync("/v/van-phuc/api/identity/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Export_desk_staff_are_not_association_admins()
    {
        var export = await app.ClientFor("van-phuc").SignedInAs("export@van-phuc.craftmarket.local");
        (await export.GetAsync("/api/identity/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_association_admin_sees_only_accounts_of_their_association()
    {
        var admin = await app.ClientFor("dong-ky").SignedInAs(Auth.AssociationAdmin("dong-ky"));
        var accounts = await admin.GetFromJsonAsync<List<AccountView>>("/api/identity/accounts");
        accounts!.Select(a => a.Email).ShouldContain("inspector@dong-ky.craftmarket.local");
        accounts!.ShouldAllBe(a => a.Email == null || a.Email.EndsWith("@dong-ky.craftmarket.local"));
    }

    [Theory]
    [InlineData("bat-trang", "0912 345 601")]
    [InlineData("bat-trang", "0904 118 273")]
    [InlineData("van-phuc", "0913 442 118")]
    [InlineData("dong-ky", "0917 350 648")]
    public async Task Demo_producers_sign_in_by_phone_as_producers_of_their_member(string slug, string phone)
    {
        var token = await app.ClientFor(slug).LoginAsync(new { phone, password = Auth.DemoPassword });
        var me = (await app.ClientFor(slug).Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me"))!;
        me.TenantRoles.ShouldBe(["producer"]);
        me.MemberId.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_platform_admin_and_buyers_have_platform_roles()
    {
        var admin = await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin);
        (await admin.GetFromJsonAsync<MeView>("/api/auth/me"))!.PlatformRoles.ShouldContain("platform-admin");
        var buyer = await app.ClientFor(null).SignedInAs("buyer@homeware.example");
        (await buyer.GetFromJsonAsync<MeView>("/api/auth/me"))!.PlatformRoles.ShouldBe(["buyer"]);
    }

    private sealed record AccountView(Guid UserId, string DisplayName, string? Email, string? Phone, string Role, Guid? MemberId);
}
