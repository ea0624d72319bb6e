using CraftMarket.SharedKernel.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Seeding;

/// <summary>The registry's demo data: schemes, certificates in every state, keys, label batches and scans.</summary>
internal static class SeedingPart
{
    public static void Add(IServiceCollection services) => services.AddSingleton<IDemoDataSeeder, QualityMarksDemoSeeder>();
}
