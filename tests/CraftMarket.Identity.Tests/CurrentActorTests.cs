using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

public enum Role { Anonymous, Buyer, Producer, Inspector, ExportDesk, AssociationAdmin, PlatformAdmin, OtherVillageAdmin }

public enum HostKind { CustomHost, Subdomain, PathForm, PlatformHost }

/// <summary>
/// Every role on every host kind, through HTTP: the actor each request resolves to, and what each
/// requirement (test probes behind <c>RequireActor</c>, the glossary API, a policy-guarded API and a
/// policy-guarded page) lets it do. Bat Trang is the village; its roles mean nothing on the platform host.
/// </summary>
public sealed class CurrentActorTests(ActorProbeApp app) : IClassFixture<ActorProbeApp>
{
    private const string Village = "bat-trang";

    public static TheoryData<Role, HostKind> Everyone()
    {
        var data = new TheoryData<Role, HostKind>();
        foreach (var role in Enum.GetValues<Role>())
            foreach (var host in Enum.GetValues<HostKind>()) data.Add(role, host);
        return data;
    }

    [Theory, MemberData(nameof(Everyone))]
    public async Task The_request_resolves_to_one_actor_for_its_association(Role role, HostKind host)
    {
        var client = await ApiClient(role, host);
        var actor = (await client.GetFromJsonAsync<ActorView>(Url(host, "/api/test/actor")))!;

        var inVillage = host != HostKind.PlatformHost;
        actor.TenantId.ShouldBe(inVillage ? BatTrang().Value : null);
        actor.IsSignedIn.ShouldBe(role != Role.Anonymous);
        actor.TenantRoles.ShouldBe(inVillage ? RolesInVillage(role) : []);
        (actor.MemberId is not null).ShouldBe(inVillage && role == Role.Producer);
        actor.IsProducer.ShouldBe(inVillage && role == Role.Producer);
        actor.IsStaff.ShouldBe(inVillage && role is Role.AssociationAdmin or Role.ExportDesk or Role.Inspector);
        actor.IsPlatformAdmin.ShouldBe(role == Role.PlatformAdmin);
        actor.IsBuyer.ShouldBe(role == Role.Buyer);
        actor.BuyerCompany.ShouldBe(role == Role.Buyer ? "Homeware Trading KK" : null);
        if (role == Role.Anonymous) actor.UserId.ShouldBeNull();
        else actor.DisplayName.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory, MemberData(nameof(Everyone))]
    public async Task Each_requirement_admits_only_its_role_and_needs_an_association_when_it_says_so(Role role, HostKind host)
    {
        var client = await ApiClient(role, host);
        var inVillage = host != HostKind.PlatformHost;
        foreach (var name in ActorProbeApp.Requirements.Keys)
        {
            var response = await client.GetAsync(Url(host, $"/api/test/actor/{name}"));
            response.StatusCode.ShouldBe(Expected(name, role, inVillage), $"{name} for {role} on {host}");
            if (response.StatusCode != HttpStatusCode.OK)
                response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", $"{name} for {role} on {host}");
        }
        (await client.GetAsync(Url(host, "/api/test/export-desk"))).StatusCode
            .ShouldBe(Expected("export-desk", role, inVillage), "a whole group behind RequireActor");
    }

    [Theory, MemberData(nameof(Everyone))]
    public async Task Existing_endpoints_keep_their_answers(Role role, HostKind host)
    {
        var client = await ApiClient(role, host);
        var inVillage = host != HostKind.PlatformHost;
        // The glossary is behind RequireActor(AssociationAdmin): 404 first on the platform host.
        (await client.GetAsync(Url(host, "/api/search/glossary"))).StatusCode
            .ShouldBe(Expected("association-admin", role, inVillage), "glossary");
        // Accounts are behind the association-admin policy, which runs before any endpoint filter.
        (await client.GetAsync(Url(host, "/api/identity/accounts"))).StatusCode.ShouldBe(
            role == Role.Anonymous ? HttpStatusCode.Unauthorized
            : inVillage && role == Role.AssociationAdmin ? HttpStatusCode.OK : HttpStatusCode.Forbidden, "accounts");
        // A producer's own member, behind the producer policy.
        (await client.GetAsync(Url(host, "/api/members/me"))).StatusCode.ShouldBe(
            role == Role.Anonymous ? HttpStatusCode.Unauthorized
            : inVillage && role == Role.Producer ? HttpStatusCode.OK : HttpStatusCode.Forbidden, "my member");
    }

    public static TheoryData<Role, HostKind> EveryoneInTheVillage()
    {
        var data = new TheoryData<Role, HostKind>();
        foreach (var role in Enum.GetValues<Role>())
            foreach (var host in new[] { HostKind.CustomHost, HostKind.Subdomain, HostKind.PathForm }) data.Add(role, host);
        return data;
    }

    [Theory, MemberData(nameof(EveryoneInTheVillage))]
    public async Task Pages_use_the_same_actor_through_their_policies(Role role, HostKind host)
    {
        var client = await PageClient(role, host);
        await ShouldAdmit(client, Url(host, "/admin/catalogue"), role, role is Role.AssociationAdmin or Role.ExportDesk or Role.Inspector);
        await ShouldAdmit(client, Url(host, "/admin/members"), role, role == Role.AssociationAdmin);
        await ShouldAdmit(client, Url(host, "/account/member"), role, role == Role.Producer);
    }

    [Theory]
    [InlineData(Role.Anonymous)]
    [InlineData(Role.AssociationAdmin)]
    [InlineData(Role.PlatformAdmin)]
    public async Task The_platform_admin_page_admits_only_the_platform_admin(Role role) =>
        await ShouldAdmit(await PageClient(role, HostKind.PlatformHost), "/admin/tenants", role, role == Role.PlatformAdmin);

    private static async Task ShouldAdmit(HttpClient client, string url, Role role, bool allowed)
    {
        var response = await client.GetAsync(url);
        if (allowed)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url} for {role}");
            return;
        }
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{url} for {role}");
        response.Headers.Location!.ToString().ShouldContain(role == Role.Anonymous ? "/account/login" : "/account/access-denied");
    }

    private static HttpStatusCode Expected(string requirement, Role role, bool inVillage)
    {
        var needsVillage = requirement is not ("signed-in" or "buyer" or "platform-admin");
        if (needsVillage && !inVillage) return HttpStatusCode.NotFound;
        var admitted = requirement switch
        {
            "in-association" => true,
            "signed-in" => role != Role.Anonymous,
            "association-admin" => role == Role.AssociationAdmin,
            "export-desk" => role == Role.ExportDesk,
            "inspector" => role == Role.Inspector,
            "staff" => role is Role.AssociationAdmin or Role.ExportDesk or Role.Inspector,
            "producer" => role == Role.Producer,
            "buyer" => role == Role.Buyer,
            "platform-admin" => role == Role.PlatformAdmin,
            _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, null),
        };
        return admitted ? HttpStatusCode.OK : role == Role.Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
    }

    private static string[] RolesInVillage(Role role) => role switch
    {
        Role.AssociationAdmin => ["association-admin"],
        Role.ExportDesk => ["export-desk"],
        Role.Inspector => ["inspector"],
        Role.Producer => ["producer"],
        _ => [],
    };

    private TenantId BatTrang() => app.Services.GetRequiredService<ITenantDirectory>().FindBySlug(Village)!.Id;

    private static string Url(HostKind host, string path) => host == HostKind.PathForm ? $"/v/{Village}{path}" : path;

    private HttpClient Client(HostKind host) => app.CreateBrowserClient(new Uri(host switch
    {
        HostKind.CustomHost => "http://battrang.craftmarket.vn/",
        HostKind.Subdomain => $"http://{Village}.localhost/",
        _ => "http://localhost/",
    }));

    private static object? Login(Role role) => role switch
    {
        Role.Anonymous => null,
        Role.Buyer => new { email = "buyer@homeware.example", password = Auth.DemoPassword },
        Role.Producer => new { phone = "0912 345 601", password = Auth.DemoPassword },
        Role.Inspector => new { email = $"inspector@{Village}.craftmarket.local", password = Auth.DemoPassword },
        Role.ExportDesk => new { email = $"export@{Village}.craftmarket.local", password = Auth.DemoPassword },
        Role.AssociationAdmin => new { email = Auth.AssociationAdmin(Village), password = Auth.DemoPassword },
        Role.PlatformAdmin => new { email = Auth.PlatformAdmin, password = Auth.DemoPassword },
        Role.OtherVillageAdmin => new { email = Auth.AssociationAdmin("van-phuc"), password = Auth.DemoPassword },
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>A bearer client on the host; accounts are platform-wide, so one token serves every host.</summary>
    private async Task<HttpClient> ApiClient(Role role, HostKind host)
    {
        var client = Client(host);
        if (Login(role) is { } login) client.Bearer(await app.ClientFor(null).LoginAsync(login));
        return client;
    }

    /// <summary>A browser on the host, signed in through its own login page (the cookie is the host's).</summary>
    private async Task<HttpClient> PageClient(Role role, HostKind host)
    {
        var client = Client(host);
        var login = role switch
        {
            Role.Anonymous => null,
            Role.Producer => "0912 345 601",
            Role.Buyer => "buyer@homeware.example",
            Role.Inspector => $"inspector@{Village}.craftmarket.local",
            Role.ExportDesk => $"export@{Village}.craftmarket.local",
            Role.AssociationAdmin => Auth.AssociationAdmin(Village),
            Role.PlatformAdmin => Auth.PlatformAdmin,
            _ => Auth.AssociationAdmin("van-phuc"),
        };
        if (login is not null)
        {
            var response = await client.SubmitAsync(Url(host, "/account/login"), new Dictionary<string, string> { ["Login"] = login, ["Password"] = Auth.DemoPassword },
                Url(host, "/account/login"));
            ((int)response.StatusCode).ShouldBeInRange(300, 399, $"{role} signs in on {host}");
        }
        return client;
    }
}
