using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Seeding;

/// <summary>
/// Demo accounts (listed in DEMO_ACCOUNTS.md), all with one memorable password. Runs after tenancy
/// (10) and members (20). Keyed on the platform admin rather than "any user", because invitations
/// from the members seeder may already have created producer accounts by the time this runs.
/// Tenancy and members are looked up optionally so Identity still seeds when they are absent.
/// </summary>
internal sealed class IdentityDemoSeeder(IServiceProvider services, IServiceScopeFactory scopes, DemoAccounts accounts) : IDemoDataSeeder
{
    public const string Password = "CraftMarket!2026";
    public const string PlatformAdminEmail = "admin@craftmarket.local";
    public static readonly IReadOnlyList<string> Villages = ["bat-trang", "van-phuc", "dong-ky"];

    public int Order => 30;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await accounts.ExistsAsync(PlatformAdminEmail)) return;
        var admin = await accounts.CreateAsync(PlatformAdminEmail, null, "Platform administrator", "en");
        await accounts.AddRoleAsync(admin, PlatformRoles.PlatformAdmin);

        var directory = services.GetService<ITenantDirectory>();
        foreach (var slug in Villages)
        {
            if (directory?.FindBySlug(slug) is not { } tenant) continue;
            foreach (var (who, role, name) in StaffOf(tenant))
            {
                var user = await accounts.CreateAsync($"{who}@{slug}.craftmarket.local", null, name, "vi");
                await accounts.LinkAsync(user, tenant.Id, role, null, ct);
            }
            await SeedProducersAsync(tenant, ct);
        }

        var tokyo = await accounts.CreateAsync("buyer@homeware.example", null, "Yuki Tanaka", "ja");
        await accounts.SetBuyerAsync(tokyo, "Homeware Trading KK", "JP", "ja,en");
        var us = await accounts.CreateAsync("buyer@decor.example", null, "Sam Carter", "en");
        await accounts.SetBuyerAsync(us, "Decor Imports LLC", "US", "en,vi");
    }

    private static IEnumerable<(string Who, string Role, string Name)> StaffOf(ResolvedTenant tenant) =>
    [
        ("admin", TenantRoles.AssociationAdmin, $"{tenant.NameEn} administrator"),
        ("export", TenantRoles.ExportDesk, $"{tenant.NameEn} export desk"),
        ("inspector", TenantRoles.Inspector, $"{tenant.NameEn} quality inspector"),
    ];

    /// <summary>Members are read under their own tenant (the directory is tenant-filtered), one scope per tenant.</summary>
    private async Task SeedProducersAsync(ResolvedTenant tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug);
        if (scope.ServiceProvider.GetService<Members.Contracts.IMemberDirectory>() is not { } members) return;
        foreach (var member in (await members.ListAsync(ct)).Take(2))
        {
            var user = await accounts.FindOrCreateProducerAsync(member.PhoneE164, member.DisplayName);
            await accounts.LinkAsync(user, tenant.Id, TenantRoles.Producer, member.Id.Value, ct);
        }
    }
}
