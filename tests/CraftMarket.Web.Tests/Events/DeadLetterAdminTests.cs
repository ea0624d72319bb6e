using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.Events;

/// <summary>
/// The platform admin sees the dead messages of every module and retries them, on a page and
/// through the API; nobody else does. Each test parks a real message: a TenantChanged stored under
/// a name no type claims, with one attempt allowed.
/// </summary>
public sealed class DeadLetterAdminTests : IDisposable
{
    private readonly CraftMarketApp app = new(seedDemo: true, extra: new Dictionary<string, string?> { ["CraftMarket:Outbox:MaxAttempts"] = "1" });

    private async Task<Guid> ParkAMessage()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(ContextOf("tenancy"));
        var batTrang = scope.ServiceProvider.GetRequiredService<ITenantDirectory>().FindBySlug("bat-trang")!;
        var id = Guid.NewGuid();
        // Renamed inside the transaction that stores it, so the worker never sees it under its real name.
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Outbox.Add(new TenantChanged(id, batTrang.Id, "bat-trang", TenantStatus.Active), TimeProvider.System);
            await db.SaveChangesAsync();
            await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Name, "tenancy.tenant-renamed"));
            await transaction.CommitAsync();
        }
        await Until(async () => (await Row(id)).DeadAt is not null, "the message is parked after its one attempt");
        return id;
    }

    private Type ContextOf(string schema) =>
        app.Services.GetServices<ModuleDatabase>().Single(m => m.Schema == schema).ContextType;

    private async Task<OutboxMessage> Row(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(ContextOf("tenancy"));
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    /// <summary>What an operator does before retrying: fix the cause (here, the deployment that dropped the name).</summary>
    private async Task FixTheName(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(ContextOf("tenancy"));
        await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Name, "tenancy.tenant-changed"));
    }

    private static async Task Until(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, what);
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Platform_admin_lists_and_retries_dead_messages_through_the_api_and_others_are_refused()
    {
        var id = await ParkAMessage();

        (await app.ClientFor(null).GetAsync("/api/platform/outbox/dead")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var associationAdmin = await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("bat-trang"));
        (await associationAdmin.GetAsync("/api/platform/outbox/dead")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await associationAdmin.PostAsync($"/api/platform/outbox/dead/tenancy/{id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Row(id)).DeadAt.ShouldNotBeNull("a refused retry changes nothing");

        var admin = await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin);
        var dead = await admin.GetFromJsonAsync<JsonElement>("/api/platform/outbox/dead");
        var mine = dead.EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == id);
        mine.GetProperty("module").GetString().ShouldBe("tenancy");
        mine.GetProperty("eventName").GetString().ShouldBe("tenancy.tenant-renamed");
        mine.GetProperty("lastError").GetString().ShouldBe("Unknown integration event tenancy.tenant-renamed v1.");

        var unknown = await admin.PostAsync($"/api/platform/outbox/dead/nowhere/{id}/retry", null);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await admin.PostAsync($"/api/platform/outbox/dead/tenancy/{Guid.NewGuid()}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await FixTheName(id);
        (await admin.PostAsync($"/api/platform/outbox/dead/tenancy/{id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Until(async () => (await Row(id)).ProcessedAt is not null, "the retried message is delivered");
        (await admin.GetFromJsonAsync<JsonElement>("/api/platform/outbox/dead")).EnumerateArray()
            .ShouldNotContain(m => m.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Platform_admin_retries_from_the_page_and_the_page_is_theirs_only()
    {
        var id = await ParkAMessage();

        var anonymous = await app.ClientFor(null).GetAsync("/admin/messages");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/account/login");
        var associationAdmin = await app.ClientFor(null).SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var refused = await associationAdmin.GetAsync("/admin/messages");
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldNotContain(id.ToString());

        var admin = await app.ClientFor(null).SignedInWithCookie(Auth.PlatformAdmin);
        var page = await admin.GetStringAsync("/admin/messages");
        page.ShouldContain(id.ToString());
        page.ShouldContain("Unknown integration event tenancy.tenant-renamed v1.");

        await FixTheName(id);
        var retried = await admin.SubmitAsync("/admin/messages",
            new Dictionary<string, string> { ["module"] = "tenancy", ["id"] = id.ToString() }, "/admin/messages?handler=retry");
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await retried.Content.ReadAsStringAsync()).ShouldContain("The message will be delivered again.");
        await Until(async () => (await Row(id)).ProcessedAt is not null, "the retried message is delivered");
    }

    public void Dispose() => app.Dispose();
}
