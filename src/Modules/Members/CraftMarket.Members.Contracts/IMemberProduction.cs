namespace CraftMarket.Members.Contracts;

/// <summary>
/// What a member can make, as the association's export desk sees it when it shares out a joint
/// order: every declared monthly capacity, private ones included (households guard their figures
/// from buyers and from each other, not from their own association), crafts and equipment. Never
/// shown to buyers or to other members; callers are staff features of the current association.
/// </summary>
public sealed record ProductionProfile(
    MemberId Id, MemberKind Kind, string DisplayName, MemberStatus Status, bool ExportEligible, bool CanSignContracts,
    string PhoneE164, string PreferredLanguage,
    IReadOnlyList<string> Crafts, IReadOnlyList<string> Equipment, IReadOnlyList<DeclaredCapacity> Capacities);

/// <summary>Read interface for other modules' staff features. Queries run under the current tenant's filter.</summary>
public interface IMemberProduction
{
    /// <summary>Every member of the current association (any status: callers decide who is eligible).</summary>
    Task<IReadOnlyList<ProductionProfile>> ProfilesAsync(CancellationToken ct);
}
