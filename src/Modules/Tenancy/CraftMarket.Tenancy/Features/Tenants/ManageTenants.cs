using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Data;
using CraftMarket.Tenancy.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Tenancy.Features.Tenants;

public sealed record SuspendTenant(string Reason);

/// <summary>Platform admin's use cases on associations: list, read, create, edit, suspend, reactivate.</summary>
internal sealed class ManageTenants(TenancyDb db, TenantChanges changes, IEnumerable<SwitchableModule> switchable)
{
    private readonly IReadOnlyList<SwitchableModule> modules = [.. switchable.OrderBy(m => m.Key, StringComparer.Ordinal)];

    /// <summary>Every module an association may run without, for the edit form.</summary>
    public IReadOnlyList<SwitchableModule> SwitchableModules => modules;

    public async Task<IReadOnlyList<TenantView>> ListAsync(CancellationToken ct) =>
        (await db.Tenants.AsNoTracking().OrderBy(t => t.Slug).ToListAsync(ct)).Select(View).ToList();

    public async Task<Result<TenantView>> GetAsync(Guid id, CancellationToken ct) =>
        await changes.FindAsync(id, ct) is { } t ? View(t) : Error.NotFound("association");

    public async Task<Result<TenantView>> CreateAsync(TenantInput input, CancellationToken ct)
    {
        var created = Tenant.Create(input.Slug?.Trim().ToLowerInvariant() ?? "", input.ToProfile(null, DateOnly.FromDateTime(changes.Now.UtcDateTime)), input.Brand?.ToBrand() ?? new TenantBrand { BrandName = "" }, changes.Now);
        if (created.IsFailure) return created.Error!;
        var tenant = created.Value!;
        if (SwitchModules(tenant, input.Modules) is { } invalid) return invalid;
        if (await changes.HostConflictAsync(null, tenant.Profile.HostNames, ct) is { } conflict) return conflict;
        var committed = await changes.CommitAsync(tenant, created: true, ct);
        return committed.IsSuccess ? View(tenant) : committed.Error!;
    }

    public async Task<Result<TenantView>> UpdateAsync(Guid id, TenantInput input, CancellationToken ct)
    {
        if (await changes.FindAsync(id, ct) is not { } tenant) return Error.NotFound("association");
        var profile = input.ToProfile(tenant.Profile, DateOnly.FromDateTime(changes.Now.UtcDateTime));
        if (await changes.HostConflictAsync(tenant, profile.HostNames, ct) is { } conflict) return conflict;
        var updated = tenant.UpdateProfile(profile, changes.Now);
        if (updated.IsSuccess && input.Brand is not null) updated = tenant.UpdateBrand(input.Brand.ToBrand(), changes.Now);
        if (updated.IsFailure) return updated.Error!;
        if (SwitchModules(tenant, input.Modules) is { } invalid) return invalid;
        await changes.CommitAsync(tenant, created: false, ct);
        return View(tenant);
    }

    public async Task<Result<TenantView>> SuspendAsync(Guid id, SuspendTenant request, CancellationToken ct)
    {
        if (await changes.FindAsync(id, ct) is not { } tenant) return Error.NotFound("association");
        var suspended = tenant.Suspend(request?.Reason ?? "", changes.Now);
        if (suspended.IsFailure) return suspended.Error!;
        await changes.CommitAsync(tenant, created: false, ct);
        return View(tenant);
    }

    public async Task<Result<TenantView>> ReactivateAsync(Guid id, CancellationToken ct)
    {
        if (await changes.FindAsync(id, ct) is not { } tenant) return Error.NotFound("association");
        tenant.Reactivate(changes.Now);
        await changes.CommitAsync(tenant, created: false, ct);
        return View(tenant);
    }

    private Error? SwitchModules(Tenant tenant, IReadOnlyDictionary<string, bool>? requested)
    {
        if (requested is null) return null;
        var switches = tenant.ModuleSwitches.With(requested, modules);
        if (switches.IsFailure) return switches.Error;
        tenant.SwitchModules(switches.Value!, changes.Now);
        return null;
    }

    private TenantView View(Tenant tenant) => TenantView.From(tenant, modules);
}
