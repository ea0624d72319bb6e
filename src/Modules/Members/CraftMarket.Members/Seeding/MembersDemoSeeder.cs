using CraftMarket.Members.Data;
using CraftMarket.Members.Domain;
using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Members.Seeding;

/// <summary>
/// Demo households and enterprises for Bat Trang, Van Phuc and Dong Ky. Runs after Tenancy (10)
/// and before Identity (30), which may link demo producer accounts to these members.
/// </summary>
internal sealed class MembersDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var lookup = scopes.CreateAsyncScope();
        // Tenancy is another module; when it is absent (module tests) there is simply nothing to seed.
        if (lookup.ServiceProvider.GetService<ITenantDirectory>() is not { } tenants) return;
        foreach (var (slug, members) in DemoMembers.BySlug)
        {
            if (tenants.FindBySlug(slug) is { } tenant) await SeedTenantAsync(tenant.Id, slug, members, ct);
        }
    }

    /// <summary>Seeds one association in its own scope, so the tenant filter and write guard apply as in a request.</summary>
    public async Task<int> SeedTenantAsync(TenantId tenantId, string slug, IReadOnlyList<MemberProfile> members, CancellationToken ct)
    {
        using var quiet = AuditTrail.Quiet();   // the seed is nobody's act (ADR 0065), also when a village is seeded on its own
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, slug);
        var db = scope.ServiceProvider.GetRequiredService<MembersDb>();
        if (await db.Members.AnyAsync(ct)) return 0;

        var now = clock.GetUtcNow();
        foreach (var profile in members)
        {
            var invited = Member.Invite(tenantId, profile, now);
            if (invited.IsFailure) throw new InvalidOperationException($"Demo member {profile.DisplayName} is invalid: {invited.Error}");
            invited.Value!.Activate(now);
            // Demo members meet the export standard, so the demo's joint orders can be shared among them.
            invited.Value.SetExportEligible(true, now);
            db.Members.Add(invited.Value);
        }
        // No MemberInvited here: Identity would text an invitation to each (fictional) demo number.
        // Demo producer accounts are Identity's own seed, linked by looking members up via IMemberDirectory.
        await db.SaveChangesAsync(ct);
        return members.Count;
    }
}
