using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Seeding;

/// <summary>Account creation for demo data, failing loudly: a half-seeded demo is worse than none.</summary>
internal sealed class DemoAccounts(UserManager<CraftMarketUser> users, IdentityDb db, TimeProvider clock)
{
    public async Task<bool> ExistsAsync(string email) => await users.FindByEmailAsync(email) is not null;

    public async Task<CraftMarketUser> CreateAsync(string? email, string? phone, string name, string language)
    {
        var user = new CraftMarketUser
        {
            UserName = email ?? phone, Email = email, EmailConfirmed = email is not null, PhoneNumber = phone,
            PhoneNumberConfirmed = phone is not null, DisplayName = name, PreferredLanguage = language, CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, IdentityDemoSeeder.Password), name);
        return user;
    }

    /// <summary>The member's invitation may have created the account already; then it only gets the demo password.</summary>
    public async Task<CraftMarketUser> FindOrCreateProducerAsync(string phone, string name)
    {
        if (await db.Users.SingleOrDefaultAsync(u => u.PhoneNumber == phone) is not { } user)
            return await CreateAsync(null, phone, name, "vi");
        if (!await users.HasPasswordAsync(user)) Check(await users.AddPasswordAsync(user, IdentityDemoSeeder.Password), name);
        return user;
    }

    public async Task AddRoleAsync(CraftMarketUser user, string role) => Check(await users.AddToRoleAsync(user, role), user.DisplayName);

    public async Task SetBuyerAsync(CraftMarketUser user, string company, string country, string languages)
    {
        user.BuyerCompany = company;
        user.BuyerCountry = country;
        user.BuyerLanguages = languages;
        Check(await users.UpdateAsync(user), user.DisplayName);
        await AddRoleAsync(user, Contracts.PlatformRoles.Buyer);
    }

    public async Task LinkAsync(CraftMarketUser user, TenantId tenant, string role, Guid? memberId, CancellationToken ct)
    {
        if (await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.TenantId == tenant && m.Role == role, ct)) return;
        db.Memberships.Add(new TenantMembership(user.Id, tenant, role, memberId));
        await db.SaveChangesAsync(ct);
    }

    private static void Check(IdentityResult result, string who)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo account {who}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
