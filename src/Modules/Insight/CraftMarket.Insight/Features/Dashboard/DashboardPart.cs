using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Features.Dashboard;

/// <summary>The association's dashboard (server-rendered SVG charts, data tables, CSV) and the platform's villages side by side.</summary>
internal static class DashboardPart
{
    public static void Add(IServiceCollection services) =>
        // The dashboard admits the association admin and the export desk: the ExportDesk audience is exactly those.
        services.AddNavigation(
            new NavigationEntry(NavigationArea.Admin, "Chỉ số của hội", "~/admin/insight", 1090, NavigationAudience.ExportDesk) { TextLanguage = "vi" },
            new NavigationEntry(NavigationArea.Platform, "Villages side by side", "~/platform/insight", 1005, NavigationAudience.PlatformAdmin) { TextLanguage = "en" });

    // Pages only: the CSV is a page handler of /admin/insight (cookie sign-in), the JSON is the indicators part's.
    public static void Map(IEndpointRouteBuilder app) { }
}
