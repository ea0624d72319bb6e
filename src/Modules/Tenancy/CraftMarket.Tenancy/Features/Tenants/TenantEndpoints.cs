using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Tenancy.Features.Tenants;

internal static class TenantEndpoints
{
    /// <summary>Platform-admin API, on the platform host (no tenant context needed).</summary>
    public static void MapTenantAdministration(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/platform/tenants").WithTags("Platform: associations")
            .RequireAuthorization(Policies.PlatformAdmin);

        api.MapGet("/", async (ManageTenants tenants, CancellationToken ct) => TypedResults.Ok(await tenants.ListAsync(ct)));
        api.MapGet("/{id:guid}", async (Guid id, ManageTenants tenants, CancellationToken ct) => (await tenants.GetAsync(id, ct)).ToHttp());
        api.MapPost("/", async (TenantInput input, ManageTenants tenants, CancellationToken ct) =>
            (await tenants.CreateAsync(input, ct)).ToCreated(t => $"/api/platform/tenants/{t.Id}"));
        api.MapPut("/{id:guid}", async (Guid id, TenantInput input, ManageTenants tenants, CancellationToken ct) =>
            (await tenants.UpdateAsync(id, input, ct)).ToHttp());
        api.MapPost("/{id:guid}/suspend", async (Guid id, SuspendTenant request, ManageTenants tenants, CancellationToken ct) =>
            (await tenants.SuspendAsync(id, request, ct)).ToHttp());
        api.MapPost("/{id:guid}/reactivate", async (Guid id, ManageTenants tenants, CancellationToken ct) =>
            (await tenants.ReactivateAsync(id, ct)).ToHttp());
    }
}
