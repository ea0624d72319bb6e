using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Media.Features;

/// <summary>Who is acting on a product's photos: one of its makers (a producer), or the association's staff.</summary>
internal sealed record Actor(ProductAccess Product, MemberId? Member, bool IsStaff)
{
    public bool IsMaker => Member is { } m && Product.IsMadeBy(m);
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
        var actor = new Actor(access, who.MemberId, who.IsStaff);
        return actor.IsMaker || actor.IsStaff
            ? actor
            : Error.Forbidden("Only the product's makers and the association's staff may manage its photos.");
    }
}
