using CraftMarket.SharedKernel.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Seeding;

/// <summary>Generated demo history (two years, labelled as demo) so every chart of the demo villages tells a story.</summary>
internal static class SeedingPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<DemoHistorySeeder>();
        services.AddSingleton<IDemoDataSeeder>(sp => sp.GetRequiredService<DemoHistorySeeder>());
    }
}
