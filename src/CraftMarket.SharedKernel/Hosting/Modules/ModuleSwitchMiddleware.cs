using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Hosting.Modules;

/// <summary>
/// Answers 404 for a switched-off module's pages and APIs, as if they did not exist for this
/// association. APIs get problem details written here (the path form's /v/{slug}/api/... is only
/// known to be an API once the tenant prefix is stripped); pages get an empty 404 that the
/// status-code pages turn into the site's own "not found" page.
/// </summary>
internal sealed class ModuleSwitchMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SwitchableModule>() is not { } module
            || context.RequestServices.GetService<IModuleSwitches>() is not { } switches
            || switches.IsOn(module.Key))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not Found",
                Detail = $"This association does not run the module '{module.Key}'.",
            },
        });
    }
}
