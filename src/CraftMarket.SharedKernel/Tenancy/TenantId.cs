namespace CraftMarket.SharedKernel.Tenancy;

/// <summary>Identifies an association (a tenant). Every tenant-owned row carries one.</summary>
public readonly record struct TenantId(Guid Value)
{
    public static TenantId New() => new(Guid.CreateVersion7());
    public bool IsEmpty => Value == Guid.Empty;
    public override string ToString() => Value.ToString();
}

/// <summary>Marks a row that belongs to exactly one association.</summary>
public interface ITenantOwned
{
    TenantId TenantId { get; }
}
