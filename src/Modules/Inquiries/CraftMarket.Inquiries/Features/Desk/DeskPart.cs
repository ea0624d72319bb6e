using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.Desk;

/// <summary>The export desk's inbox and inquiry page: status, assignee, time to first response, filters, internal notes, messages to the buyer, decline; trade settings.</summary>
internal static class DeskPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<InboxQuery>();
        services.AddScoped<DeskActions>();
        services.AddScoped<ThreadMessages>();
        services.AddScoped<TradeSettingsEditor>();
        services.AddScoped<DeskInquiryView>();
        // Staff pages are Vietnamese; the link reads as the pages do. The settings page is reached from the inbox.
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Yêu cầu báo giá", "~/admin/inquiries", 1250, NavigationAudience.ExportDesk)
        {
            TextLanguage = "vi",
        });
    }

    public static void Map(IEndpointRouteBuilder app) => DeskEndpoints.Map(app);
}
