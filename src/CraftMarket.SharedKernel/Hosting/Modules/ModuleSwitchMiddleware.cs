using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Hosting.Modules;

/// <summary>
/// Answers 404 for a switched-off module's pages and APIs, as if they did not exist for this
/// association. The body is left empty on purpose: the status-code pages turn it into problem
/// details under /api and into the site's own "not found" page elsewhere.
/// </summary>
internal sealed class ModuleSwitchMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SwitchableModule>() is { } module
            && context.RequestServices.GetService<IModuleSwitches>() is { } switches
            && !switches.IsOn(module.Key))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
