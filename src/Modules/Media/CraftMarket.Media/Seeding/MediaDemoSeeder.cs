using CraftMarket.SharedKernel.Hosting;

namespace CraftMarket.Media.Seeding;

/// <summary>Placeholder until demo drawings land (next slice).</summary>
internal sealed class MediaDemoSeeder : IDemoDataSeeder
{
    public int Order => 50;
    public Task SeedAsync(CancellationToken ct) => Task.CompletedTask;
}
