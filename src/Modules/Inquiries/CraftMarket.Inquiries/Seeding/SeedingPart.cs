using CraftMarket.SharedKernel.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Seeding;

/// <summary>Demo inquiries in every status in each village, with threads, offers answered by the demo households and quotes.</summary>
internal static class SeedingPart
{
    public static void Add(IServiceCollection services) => services.AddSingleton<IDemoDataSeeder, InquiriesDemoSeeder>();
}
