using Microsoft.AspNetCore.Authorization;

namespace CraftMarket.Identity.Contracts;

/// <summary>
/// What an endpoint group or page asks of the <see cref="CurrentActor"/>. The same object serves
/// minimal APIs (<see cref="ActorEndpoints.RequireActor{TBuilder}"/>) and authorization policies
/// for Razor pages (<see cref="Policies"/>), so a page and its API can never disagree.
/// </summary>
public sealed class ActorRequirement : IAuthorizationRequirement
{
    private readonly Func<CurrentActor, bool> allows;

    private ActorRequirement(string name, bool needsTenant, Func<CurrentActor, bool> allows) =>
        (Name, NeedsTenant, this.allows) = (name, needsTenant, allows);

    public string Name { get; }

    /// <summary>Only meaningful in an association: without one the answer is 404, whoever asks.</summary>
    public bool NeedsTenant { get; }

    /// <summary>Anyone, signed in or not, as long as the request is for an association.</summary>
    public static readonly ActorRequirement InAssociation = new("in-association", true, _ => true);
    public static readonly ActorRequirement SignedIn = new("signed-in", false, a => a.IsSignedIn);
    public static readonly ActorRequirement AssociationAdmin = new(TenantRoles.AssociationAdmin, true, a => a.IsAssociationAdmin);
    public static readonly ActorRequirement ExportDesk = new(TenantRoles.ExportDesk, true, a => a.IsExportDesk);
    public static readonly ActorRequirement Inspector = new(TenantRoles.Inspector, true, a => a.IsInspector);
    public static readonly ActorRequirement Staff = new("association-staff", true, a => a.IsStaff);
    public static readonly ActorRequirement Producer = new(TenantRoles.Producer, true, a => a.IsProducer);
    /// <summary>A buyer anywhere; chain <see cref="InAssociation"/> first for a village's buyer-facing API.</summary>
    public static readonly ActorRequirement Buyer = new(PlatformRoles.Buyer, false, a => a.IsBuyer);
    public static readonly ActorRequirement PlatformAdmin = new(PlatformRoles.PlatformAdmin, false, a => a.IsPlatformAdmin);

    /// <summary>Any one of <paramref name="requirements"/>; needs a tenant only if every one does.</summary>
    public static ActorRequirement AnyOf(params ActorRequirement[] requirements) =>
        new(string.Join(" or ", requirements.Select(r => r.Name)), requirements.All(r => r.NeedsTenant),
            a => requirements.Any(r => r.IsMetBy(a)));

    public bool IsMetBy(CurrentActor actor) => (!NeedsTenant || actor.HasTenant) && allows(actor);

    public override string ToString() => Name;
}
