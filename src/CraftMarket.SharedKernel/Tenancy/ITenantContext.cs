namespace CraftMarket.SharedKernel.Tenancy;

/// <summary>
/// The association the current unit of work acts for. Set once per request by tenant resolution,
/// or explicitly by a background job from the message it processes.
/// </summary>
public interface ITenantContext
{
    TenantId? TenantId { get; }
    string? Slug { get; }
    bool HasTenant => TenantId is not null;
}

/// <summary>Scoped, set-once implementation: a second Set with a different tenant is a bug, so it throws.</summary>
public sealed class TenantContext : ITenantContext
{
    public TenantId? TenantId { get; private set; }
    public string? Slug { get; private set; }

    public void Set(TenantId tenantId, string slug)
    {
        if (TenantId is { } current && current != tenantId)
            throw new InvalidOperationException($"Tenant already set to {Slug}; refusing to switch to {slug} in the same scope.");
        TenantId = tenantId;
        Slug = slug;
    }
}

/// <summary>Thrown when a unit of work tries to write a row for a tenant other than the current one.</summary>
public sealed class TenantMismatchException(string message) : InvalidOperationException(message);
