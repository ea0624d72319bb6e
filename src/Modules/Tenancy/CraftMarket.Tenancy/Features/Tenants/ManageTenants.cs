using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Data;
using CraftMarket.Tenancy.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Tenancy.Features.Tenants;

public sealed record SuspendTenant(string Reason);

/// <summary>Platform admin's use cases on associations: list, read, create, edit, suspend, reactivate.</summary>
internal sealed class ManageTenants(TenancyDb db, TenantChanges changes)
{
    public async Task<IReadOnlyList<TenantView>> ListAsync(CancellationToken ct) =>
        (await db.Tenants.AsNoTracking().OrderBy(t => t.Slug).ToListAsync(ct)).Select(TenantView.From).ToList();

    public async Task<Result<TenantView>> GetAsync(Guid id, CancellationToken ct) =>
        await changes.FindAsync(id, ct) is { } t ? TenantView.From(t) : Error.NotFound("association");

    public async Task<Result<TenantView>> CreateAsync(TenantInput input, CancellationToken ct)
    {
        var created = Tenant.Create(input.Slug?.Trim().ToLowerInvariant() ?? "", input.ToProfile(null, DateOnly.FromDateTime(changes.Now.UtcDateTime)), input.Brand?.ToBrand() ?? new TenantBrand { BrandName = "" }, changes.Now);
        if (created.IsFailure) return created.Error!;
        var tenant = created.Value!;
        if (await changes.HostConflictAsync(null, tenant.Profile.HostNames, ct) is { } conflict) return conflict;
        var committed = await changes.CommitAsync(tenant, created: true, ct);
        return committed.IsSuccess ? TenantView.From(tenant) : committed.Error!;
    }

    public async Task<Result<TenantView>> UpdateAsync(Guid id, TenantInput input, CancellationToken ct)
    {
        if (await changes.FindAsync(id, ct) is not { } tenant) return Error.NotFound("association");
        var profile = input.ToProfile(tenant.Profile, DateOnly.FromDateTime(changes.Now.UtcDateTime));
        if (await changes.HostConflictAsync(tenant, profile.HostNames, ct) is { } conflict) return conflict;
        var updated = tenant.UpdateProfile(profile, changes.Now);
        if (updated.IsSuccess && input.Brand is not null) updated = tenant.UpdateBrand(input.Brand.ToBrand(), changes.Now);
        if (updated.IsFailure) return updated.Error!;
        await changes.CommitAsync(tenant, created: false, ct);
        return TenantView.From(tenant);
    }

    public async Task<Result<TenantView>> SuspendAsync(Guid id, SuspendTenant request, CancellationToken ct)
    {
        if (await changes.FindAsync(id, ct) is not { } tenant) return Error.NotFound("association");
        var suspended = tenant.Suspend(request?.Reason ?? "", changes.Now);
        if (suspended.IsFailure) return suspended.Error!;
        await changes.CommitAsync(tenant, created: false, ct);
        return TenantView.From(tenant);
    }

    public async Task<Result<TenantView>> ReactivateAsync(Guid id, CancellationToken ct)
    {
        if (await changes.FindAsync(id, ct) is not { } tenant) return Error.NotFound("association");
        tenant.Reactivate(changes.Now);
        await changes.CommitAsync(tenant, created: false, ct);
        return TenantView.From(tenant);
    }
}
