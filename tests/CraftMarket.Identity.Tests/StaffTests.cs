using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

public sealed record StaffView(Guid UserId, string DisplayName, string? Email, string[] Roles);

/// <summary>An association admin manages the staff: invitations by e-mail, roles, removal; only within their own village.</summary>
public sealed partial class StaffTests(StaffTests.App app) : IClassFixture<StaffTests.App>
{
    public sealed class App() : IdentityApp();

    private const string Password = "a long staff passphrase";

    [GeneratedRegex(@"(https?://\S+)/account/staff-invitation\?token=([A-Za-z0-9_\-%]+)")]
    private static partial Regex AcceptLink();

    [Fact]
    public async Task A_new_person_accepts_the_e_mailed_invitation_once_and_holds_the_roles_it_named()
    {
        var admin = await Admin("bat-trang");
        var email = Api.UniqueEmail("desk");
        var invited = await admin.PostAsJsonAsync("/api/identity/staff/invitations", new { email, roles = new[] { TenantRoles.ExportDesk } });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());

        var (site, token) = await InvitationFor(email);
        site.ShouldBe("http://bat-trang.localhost");
        var anonymous = app.ClientFor("bat-trang");
        (await anonymous.PostAsJsonAsync("/api/auth/staff-invitations/accept", new { token, displayName = "Lê Thu", password = Password }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var again = await anonymous.PostAsJsonAsync("/api/auth/staff-invitations/accept", new { token, displayName = "Someone else", password = Password });
        (await again.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("token");

        var me = await MeAs(email, "bat-trang");
        me.TenantRoles.ShouldBe([TenantRoles.ExportDesk]);
        var staff = (await admin.GetFromJsonAsync<StaffView[]>("/api/identity/staff"))!;
        staff.Single(s => s.Email == email).Roles.ShouldBe([TenantRoles.ExportDesk]);
        (await EventsOf(me.UserId)).ShouldContain(e => e.Kind == SecurityEventKind.StaffRoleGranted && e.Detail == $"bat-trang: {TenantRoles.ExportDesk}");
    }

    [Fact]
    public async Task Someone_with_an_account_joins_with_it_and_no_other_account_can_use_the_link()
    {
        var email = Api.UniqueEmail("inspector");
        await app.CreateUserAsync(email, null, Password);
        var admin = await Admin("bat-trang");
        (await admin.PostAsJsonAsync("/api/identity/staff/invitations", new { email, roles = new[] { TenantRoles.Inspector } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var (_, token) = await InvitationFor(email);

        var asNew = await app.ClientFor("bat-trang").PostAsJsonAsync("/api/auth/staff-invitations/accept", new { token, displayName = "X", password = Password });
        (await asNew.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("account_exists");
        var stranger = app.ClientFor("bat-trang").Bearer(await app.ClientFor("bat-trang").LoginAsync(new { email = "buyer@homeware.example", password = Auth.DemoPassword }));
        (await stranger.PostAsJsonAsync("/api/auth/staff-invitations/accept", new { token })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var owner = app.ClientFor("bat-trang").Bearer(await app.ClientFor("bat-trang").LoginAsync(new { email, password = Password }));
        (await owner.PostAsJsonAsync("/api/auth/staff-invitations/accept", new { token })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await MeAs(email, "bat-trang")).TenantRoles.ShouldBe([TenantRoles.Inspector]);
    }

    [Fact]
    public async Task An_expired_invitation_is_refused()
    {
        var email = Api.UniqueEmail("late");
        (await (await Admin("bat-trang")).PostAsJsonAsync("/api/identity/staff/invitations", new { email, roles = new[] { TenantRoles.Inspector } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var (_, token) = await InvitationFor(email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
            var invitation = await db.StaffInvitations.SingleAsync(i => i.Email == email);
            db.Entry(invitation).Property(i => i.ExpiresAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }
        var accepted = await app.ClientFor("bat-trang").PostAsJsonAsync("/api/auth/staff-invitations/accept", new { token, displayName = "Late", password = Password });
        (await accepted.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("token");
    }

    [Fact]
    public async Task A_removed_role_or_member_loses_access_at_once_and_the_account_log_says_so()
    {
        var admin = await Admin("bat-trang");
        var (userId, email) = await NewStaff(admin, TenantRoles.Inspector);
        (await admin.PutAsJsonAsync($"/api/identity/staff/{userId}/roles", new { roles = new[] { TenantRoles.AssociationAdmin, TenantRoles.Inspector } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var promoted = app.ClientFor("bat-trang").Bearer(await app.ClientFor("bat-trang").LoginAsync(new { email, password = Password }));
        (await promoted.GetAsync("/api/identity/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PutAsJsonAsync($"/api/identity/staff/{userId}/roles", new { roles = new[] { TenantRoles.Inspector } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await promoted.GetAsync("/api/identity/staff")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the token carried the removed role");

        var inspector = app.ClientFor("bat-trang").Bearer(await app.ClientFor("bat-trang").LoginAsync(new { email, password = Password }));
        (await inspector.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.DeleteAsync($"/api/identity/staff/{userId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await inspector.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "removal ends the session's token at once");
        (await MeAs(email, "bat-trang")).TenantRoles.ShouldBeEmpty();
        (await admin.GetFromJsonAsync<StaffView[]>("/api/identity/staff"))!.ShouldNotContain(s => s.UserId == userId);

        var events = await EventsOf(userId);
        events.ShouldContain(e => e.Kind == SecurityEventKind.StaffRoleGranted && e.Detail == $"bat-trang: {TenantRoles.AssociationAdmin}");
        events.ShouldContain(e => e.Kind == SecurityEventKind.StaffRoleRemoved && e.Detail == $"bat-trang: {TenantRoles.AssociationAdmin}");
        events.ShouldContain(e => e.Kind == SecurityEventKind.StaffRoleRemoved && e.Detail == $"bat-trang: {TenantRoles.Inspector}");
    }

    [Fact]
    public async Task The_last_association_admin_can_be_neither_demoted_nor_removed()
    {
        var admin = await Admin("dong-ky");
        var self = (await admin.GetFromJsonAsync<MeView>("/api/auth/me"))!.UserId;
        var demote = await admin.PutAsJsonAsync($"/api/identity/staff/{self}/roles", new { roles = new[] { TenantRoles.Inspector } });
        (await demote.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("last_admin");
        (await (await admin.DeleteAsync($"/api/identity/staff/{self}")).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("last_admin");
        (await MeAs(Auth.AssociationAdmin("dong-ky"), "dong-ky")).TenantRoles.ShouldContain(TenantRoles.AssociationAdmin);

        // With a second admin, the first may step down.
        var (second, _) = await NewStaff(admin, TenantRoles.AssociationAdmin);
        (await admin.PutAsJsonAsync($"/api/identity/staff/{self}/roles", new { roles = new[] { TenantRoles.AssociationAdmin, TenantRoles.ExportDesk } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        second.ShouldNotBe(self);
    }

    [Fact]
    public async Task Requests_are_validated_and_answered_as_problem_details()
    {
        var admin = await Admin("bat-trang");
        var bad = await admin.PostAsJsonAsync("/api/identity/staff/invitations", new { email = "not an address", roles = new[] { TenantRoles.Producer } });
        var problem = await bad.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!.Keys.ShouldBe(["email", "roles"], ignoreOrder: true);
        var exportUser = (await admin.GetFromJsonAsync<StaffView[]>("/api/identity/staff"))!.First(s => s.Roles.Contains(TenantRoles.ExportDesk)).UserId;
        (await (await admin.PutAsJsonAsync($"/api/identity/staff/{exportUser}/roles", new { roles = Array.Empty<string>() }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("roles");
        await (await admin.DeleteAsync($"/api/identity/staff/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        var already = await admin.PostAsJsonAsync("/api/identity/staff/invitations", new { email = "export@bat-trang.craftmarket.local", roles = new[] { TenantRoles.Inspector } });
        (await already.ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("already_staff");
    }

    [Fact]
    public async Task Only_the_association_admin_manages_staff_and_only_their_own_village_s()
    {
        var batTrangAdmin = await Admin("bat-trang");
        var batTrangStaff = (await batTrangAdmin.GetFromJsonAsync<StaffView[]>("/api/identity/staff"))!;
        var desk = batTrangStaff.First(s => s.Email == "export@bat-trang.craftmarket.local");

        var vanPhuc = await Admin("van-phuc");
        var theirs = (await vanPhuc.GetFromJsonAsync<StaffView[]>("/api/identity/staff"))!;
        theirs.ShouldNotBeEmpty();
        theirs.ShouldAllBe(s => s.Email == null || !s.Email.Contains("bat-trang", StringComparison.Ordinal));
        await (await vanPhuc.PutAsJsonAsync($"/api/identity/staff/{desk.UserId}/roles", new { roles = new[] { TenantRoles.AssociationAdmin } }))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await vanPhuc.DeleteAsync($"/api/identity/staff/{desk.UserId}")).ProblemAsync(HttpStatusCode.NotFound);
        var vanPhucOnBatTrang = app.ClientFor("bat-trang").Bearer(await app.ClientFor("bat-trang").LoginAsync(new { email = Auth.AssociationAdmin("van-phuc"), password = Auth.DemoPassword }));
        (await vanPhucOnBatTrang.GetAsync("/api/identity/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await vanPhucOnBatTrang.DeleteAsync($"/api/identity/staff/{desk.UserId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var exportDesk = app.ClientFor("bat-trang").Bearer(await app.ClientFor("bat-trang").LoginAsync(new { email = desk.Email, password = Auth.DemoPassword }));
        (await exportDesk.PostAsJsonAsync("/api/identity/staff/invitations", new { email = Api.UniqueEmail(), roles = new[] { TenantRoles.AssociationAdmin } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ClientFor("bat-trang").GetAsync("/api/identity/staff")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await batTrangAdmin.GetFromJsonAsync<StaffView[]>("/api/identity/staff"))!.Single(s => s.UserId == desk.UserId).Roles.ShouldBe([TenantRoles.ExportDesk]);
    }

    [Fact]
    public async Task The_staff_page_invites_and_the_accept_page_creates_the_account()
    {
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var page = await browser.GetStringAsync("/admin/staff");
        page.ShouldContain("export@bat-trang.craftmarket.local");
        page.ShouldNotContain("export@van-phuc.craftmarket.local");
        var email = Api.UniqueEmail("page");
        var posted = await browser.PostFormAsync("/admin/staff?handler=Invite",
            new Dictionary<string, string> { ["Email"] = email, ["InviteRoles"] = TenantRoles.Inspector }, Forms.Antiforgery(page));
        ((int)posted.StatusCode).ShouldBeInRange(300, 399, await posted.Content.ReadAsStringAsync());
        (await browser.GetStringAsync("/admin/staff")).ShouldContain(email);

        var (_, token) = await InvitationFor(email);
        var invitee = app.ClientFor("bat-trang");
        var accept = await invitee.GetStringAsync($"/account/staff-invitation?token={token}");
        accept.ShouldContain(email);
        var created = await invitee.PostFormAsync($"/account/staff-invitation?token={token}",
            new Dictionary<string, string> { ["Token"] = token, ["DisplayName"] = "Phạm Lan", ["Password"] = Password }, Forms.Antiforgery(accept));
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await MeAs(email, "bat-trang")).TenantRoles.ShouldBe([TenantRoles.Inspector]);
        (await invitee.GetStringAsync($"/account/staff-invitation?token={token}")).ShouldNotContain("name=\"Password\"");
    }

    [Fact]
    public async Task Staff_endpoints_are_in_the_OpenAPI_document()
    {
        var json = await app.ClientFor(null).GetStringAsync("/openapi/v1.json");
        json.ShouldContain("/api/identity/staff/invitations");
        json.ShouldContain("/api/identity/staff/{userId}/roles");
        json.ShouldContain("/api/auth/staff-invitations/accept");
    }

    private async Task<HttpClient> Admin(string slug) =>
        app.ClientFor(slug).Bearer(await app.ClientFor(slug).LoginAsync(new { email = Auth.AssociationAdmin(slug), password = Auth.DemoPassword }));

    private async Task<(string Site, string Token)> InvitationFor(string email)
    {
        var mail = await app.WaitForMessageAsync(m => m.Channel == "email" && m.To == email);
        var link = AcceptLink().Match(mail.Body);
        link.Success.ShouldBeTrue(mail.Body);
        return (link.Groups[1].Value, Uri.UnescapeDataString(link.Groups[2].Value));
    }

    private async Task<(Guid UserId, string Email)> NewStaff(HttpClient admin, string role)
    {
        var email = Api.UniqueEmail("staff");
        (await admin.PostAsJsonAsync("/api/identity/staff/invitations", new { email, roles = new[] { role } })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var (_, token) = await InvitationFor(email);
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/staff-invitations/accept", new { token, displayName = "Staff " + role, password = Password }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var staff = (await admin.GetFromJsonAsync<StaffView[]>("/api/identity/staff"))!;
        return (staff.Single(s => s.Email == email).UserId, email);
    }

    private async Task<MeView> MeAs(string email, string slug, string? password = null)
    {
        var client = app.ClientFor(slug);
        var token = await client.LoginAsync(new { email, password = password ?? (email.EndsWith(".craftmarket.local", StringComparison.Ordinal) ? Auth.DemoPassword : Password) });
        return (await client.Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me"))!;
    }

    private async Task<List<SecurityEvent>> EventsOf(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDb>().SecurityEvents.Where(e => e.UserId == userId).ToListAsync();
    }
}
