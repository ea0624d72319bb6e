using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>
/// The one place the inquiry list crosses villages: a list spanning villages is read and sent in one
/// scope per village, each acting for its own association exactly as a request to that village
/// would (its tenant filter, its catalogue, its numbers, its private files). Nothing here reads
/// across tenants in one query; only active associations get a scope.
/// </summary>
internal sealed class VillageScopes(IServiceScopeFactory scopes, ITenantDirectory directory)
{
    public VillageScope? Open(TenantId village)
    {
        if (directory.FindById(village) is not { IsActive: true } tenant) return null;
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug);
        return new VillageScope(tenant, scope);
    }
}

/// <summary>A scope acting for one village; dispose it when done.</summary>
internal sealed class VillageScope(ResolvedTenant village, AsyncServiceScope scope) : IAsyncDisposable
{
    public ResolvedTenant Village { get; } = village;
    public IServiceProvider Services => scope.ServiceProvider;

    /// <summary>The village's published products among <paramref name="ids"/> (others are simply absent).</summary>
    public async Task<IReadOnlyDictionary<ProductId, PublishedProduct>> PublishedAsync(IEnumerable<ProductId> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<ProductId, PublishedProduct>();
        var found = await Services.GetRequiredService<ICatalogue>().FindPublishedAsync(wanted, ct);
        return found.ToDictionary(p => p.Id);
    }

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
