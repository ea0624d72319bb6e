using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Tenancy.Resolution;

/// <summary>
/// Resolves the association once per request and sets the scoped tenant context. Unknown and
/// suspended tenants never reach a module: pages are rewritten to a status page, API calls get
/// problem details, and the tenant context stays empty so no query can return tenant data.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, TenantCache cache, TenantResolver resolver)
{
    public const string UnknownPage = "/_status/tenant-not-found";
    public const string SuspendedPage = "/_status/tenant-suspended";

    public async Task InvokeAsync(HttpContext context)
    {
        var tenants = await cache.GetAsync(context.RequestAborted);
        var match = resolver.Resolve(tenants, context.Request.Headers.Host.ToString(), context.Request.Path.Value);

        if (match.PathPrefixLength > 0)
        {
            // Path form: /v/bat-trang/members → PathBase /v/bat-trang, Path /members, so routes are the same in every form.
            var full = context.Request.Path.Value!;
            context.Request.PathBase = context.Request.PathBase.Add(full[..match.PathPrefixLength]);
            context.Request.Path = full.Length > match.PathPrefixLength ? full[match.PathPrefixLength..] : "/";
        }

        var resolution = new TenantResolution(match.IsPlatformHost, match.UnknownSlug);
        context.Features.Set(resolution);

        if (match.Tenant is { IsActive: true } tenant)
        {
            context.RequestServices.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug);
        }
        else if (match.UnknownSlug is not null || match.Tenant is not null)
        {
            var suspended = match.Tenant is not null;
            if (IsApi(context))
            {
                await WriteProblem(context, suspended);
                return;
            }
            context.Request.Path = suspended ? SuspendedPage : UnknownPage;
        }
        await next(context);
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task WriteProblem(HttpContext context, bool suspended)
    {
        var problem = suspended
            ? new ProblemDetails { Status = 403, Title = "Association suspended", Detail = "This association's storefront is suspended on CraftMarket." }
            : new ProblemDetails { Status = 404, Title = "Unknown association", Detail = "No craft-village association is served at this address." };
        context.Response.StatusCode = problem.Status!.Value;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
