using BenchmarkDotNet.Running;
using CraftMarket.Benchmarks;

// scripts/bench-host.sh uses this to measure a process's resident memory after a full GC.
if (args is ["induce-gc", var pid])
{
    await InducedGc.CollectAsync(int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// scripts/bench-photos.sh: the Media renderer on a 12-megapixel photo (wall time and memory measured outside).
if (args is ["photos", .. var photoArgs])
{
    await CraftMarket.Benchmarks.Photos.PhotoBench.RunAsync(photoArgs);
    return;
}

// scripts/bench-outbox.sh: events per second draining the outboxes after a 10,000-product CSV import, old path vs batches (ADR 0076).
if (args is ["outbox", .. var outboxArgs])
{
    await CraftMarket.Benchmarks.Outbox.OutboxDrainBench.RunAsync(outboxArgs);
    return;
}

// scripts/bench-listing.sh uses this as the static-file floor for the listing page.
if (args is ["static-site", var directory, var url])
{
    await StaticSite.RunAsync(directory, url);
    return;
}

// Every [Benchmark] class in this assembly; pick with --filter, e.g. --filter '*TenantResolution*'.
// (Named by one of its classes: the site's own Program is referenced too, for the dashboard benchmark.)
BenchmarkSwitcher.FromAssembly(typeof(InducedGc).Assembly).Run(args);
