namespace CraftMarket.SharedKernel.Hosting;

/// <summary>
/// A module's share of the demo data (Bat Trang, Van Phuc, Dong Ky). Seeders run in
/// <see cref="Order"/> on an empty database and must skip what already exists.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }
    Task SeedAsync(CancellationToken ct);
}

/// <summary>Where this installation keeps its files: the SQLite database, data-protection keys, dev mailbox.</summary>
public sealed record DataDirectory(string Path);
