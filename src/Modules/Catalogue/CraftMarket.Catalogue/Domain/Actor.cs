using CraftMarket.Members.Contracts;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// Who is acting on a product, as the audit trail records it. An association admin may do
/// everything; a producer only what the lifecycle gives the makers of a product.
/// </summary>
internal sealed record Actor(string UserId, string DisplayName, MemberId? Member, bool IsAssociationAdmin)
{
    /// <summary>Demo data and imports run by the system itself, on the association's behalf.</summary>
    public static Actor System(string name) => new("system", name, null, IsAssociationAdmin: true);
}

/// <summary>What a change did to the product's public visibility, so the handler raises the right event.</summary>
internal enum Visibility { Unchanged, Published, Withdrawn }
