using CraftMarket.SharedKernel.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Seeding;

/// <summary>Demo orders in every state in each village, with payments, inspections and payouts.</summary>
internal static class SeedingPart
{
    public static void Add(IServiceCollection services) => services.AddSingleton<IDemoDataSeeder, OrdersDemoSeeder>();
}
