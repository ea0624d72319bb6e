namespace CraftMarket.Members.Contracts;

/// <summary>A member of an association: a household business, a registered enterprise or a cooperative.</summary>
public readonly record struct MemberId(Guid Value)
{
    public static MemberId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
