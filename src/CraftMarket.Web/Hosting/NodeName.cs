using System.Text.RegularExpressions;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// <c>CraftMarket:NodeName</c> names this process (web-1, web-2, worker in infra/compose.yaml) and is
/// sent back as <c>X-Served-By</c> on every response, so behind a balancer an operator (and the
/// topology test) sees which node answered. Unset, no header is sent.
/// </summary>
internal static partial class NodeName
{
    public const string Key = "CraftMarket:NodeName";
    public const string Header = "X-Served-By";

    public static WebApplication UseNodeName(this WebApplication app)
    {
        var name = app.Configuration[Key];
        if (string.IsNullOrEmpty(name)) return app;
        // It goes into a header: a typo with a space or a control character fails the start instead.
        if (!Allowed().IsMatch(name))
            throw new InvalidOperationException($"{Key} '{name}' must be 1 to 64 letters, digits, dots, dashes or underscores (e.g. web-1).");
        app.Use((context, next) =>
        {
            // At the start of the response: whatever the pipeline did to the headers before (the error
            // page's re-execution clears them) the name is still there.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = name;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Allowed();
}
