using CraftMarket.Identity.Contracts;
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

    /// <summary>
    /// The catalogue's view of the current actor: an association admin, or a producer acting for
    /// their member. Anyone else (staff who only read, buyers, visitors) may not change the catalogue: null.
    /// </summary>
    public static Actor? From(CurrentActor actor) => actor switch
    {
        { IsSignedIn: false } => null,
        { IsAssociationAdmin: true } => new(actor.UserId!.Value.ToString(), actor.DisplayName, null, IsAssociationAdmin: true),
        { MemberId: { } member } => new(actor.UserId!.Value.ToString(), actor.DisplayName, member, IsAssociationAdmin: false),
        _ => null,
    };
}

/// <summary>What a change did to the product's public visibility, so the handler raises the right event.</summary>
internal enum Visibility { Unchanged, Published, Withdrawn }
