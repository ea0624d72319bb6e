using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Features.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Tenancy.Features.Brand;

/// <summary>An association admin restyles their own association; the tenant comes from the request, never from input.</summary>
internal sealed class EditBrand(ITenantContext current, TenantChanges changes)
{
    public async Task<Result<BrandInput>> GetAsync(CancellationToken ct) =>
        current.TenantId is { } id && await changes.FindAsync(id.Value, ct) is { } t ? BrandInput.From(t.Brand) : Error.NotFound("association");

    public async Task<Result<BrandInput>> UpdateAsync(BrandInput input, CancellationToken ct)
    {
        if (current.TenantId is not { } id || await changes.FindAsync(id.Value, ct) is not { } tenant) return Error.NotFound("association");
        var updated = tenant.UpdateBrand(input.ToBrand(), changes.Now);
        if (updated.IsFailure) return updated.Error!;
        await changes.CommitAsync(tenant, created: false, ct);
        return BrandInput.From(tenant.Brand);
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/association/brand").WithTags("Association: brand")
            .RequireAuthorization(Policies.AssociationAdmin);
        api.MapGet("/", async (EditBrand brand, CancellationToken ct) => (await brand.GetAsync(ct)).ToHttp());
        api.MapPut("/", async (BrandInput input, EditBrand brand, CancellationToken ct) => (await brand.UpdateAsync(input, ct)).ToHttp());
    }
}
