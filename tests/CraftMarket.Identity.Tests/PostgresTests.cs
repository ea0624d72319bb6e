using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>The same flows on PostgreSQL: migrations, unique indexes and the demo seed in schema "identity".</summary>
public sealed class PostgresTests(PostgresTests.App app) : IClassFixture<PostgresTests.App>
{
    public sealed class App() : IdentityApp(postgres: PostgresDatabase.Create());

    [Fact]
    public async Task Demo_admin_signs_in_and_is_scoped_to_their_village()
    {
        var token = await app.ClientFor("bat-trang").LoginAsync(new { email = Auth.AssociationAdmin("bat-trang"), password = Auth.DemoPassword });
        (await app.ClientFor("bat-trang").Bearer(token).GetAsync("/api/identity/accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.ClientFor("van-phuc").Bearer(token).GetAsync("/api/identity/accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_phone_belongs_to_one_account_only()
    {
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        var token = await app.ClientFor(null).LoginAsync(new { phone, password = Auth.DemoPassword });
        (await app.ClientFor(null).Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me"))!.Phone.ShouldBe(phone);

        await Should.ThrowAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => app.CreateUserAsync(Api.UniqueEmail(), phone));
    }
}
