using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Media.Features;

/// <summary>Who is acting on a product's photos: one of its makers (a producer), or the association's staff.</summary>
internal sealed record Actor(ProductAccess Product, MemberId? Member, bool IsStaff, bool IsAssociationAdmin = false)
{
    public bool IsMaker => Member is { } m && Product.IsMadeBy(m);

    /// <summary>
    /// Removing a photo loses the producer's work, so only those who own the listing decide: the
    /// product's makers, and the association admin, the one role that edits, approves and archives
    /// products (Catalogue's rules). Inspectors and the export desk look at photos and reject them
    /// with a reason the producer reads; they do not delete them.
    /// </summary>
    public bool MayRemovePhotos => IsMaker || IsAssociationAdmin;
}

/// <summary>
/// The one rule for every photo action: the product must exist in this association (else 404, so
/// another village's products cannot even be probed), and the actor must make it or be staff (else 403).
/// </summary>
internal sealed class PhotoAccess(ICatalogue catalogue)
{
    public async Task<Result<Actor>> ForAsync(ProductId product, CurrentActor who, CancellationToken ct)
    {
        if (who.TenantId is not { } tenantId || !who.IsSignedIn) return Error.NotFound("product");
        if (await catalogue.FindAccessAsync(product, ct) is not { } access || access.TenantId != tenantId) return Error.NotFound("product");
        var actor = new Actor(access, who.MemberId, who.IsStaff, who.IsAssociationAdmin);
        return actor.IsMaker || actor.IsStaff
            ? actor
            : Error.Forbidden("Only the product's makers and the association's staff may manage its photos.");
    }
}
