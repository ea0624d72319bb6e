using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CraftMarket.SearchBenchmarks;

/// <summary>
/// Wall-clock and on-CPU time of each call. The machine this runs on is shared (load average well
/// above its core count), so wall-clock includes time spent waiting for a core; the calling
/// thread's CPU time (CLOCK_THREAD_CPUTIME_ID) is what the search itself costs.
/// </summary>
internal static partial class Latency
{
    public sealed record Samples(List<double> Wall, List<double> Cpu)
    {
        public string Describe() =>
            $"wall p50 {P(Wall, 50):F2} ms, p99 {P(Wall, 99):F2} ms; on-CPU p50 {P(Cpu, 50):F2} ms, p99 {P(Cpu, 99):F2} ms";
    }

    public static async Task<Samples> Measure<T>(IEnumerable<T> items, Func<T, Task> run)
    {
        var samples = new Samples([], []);
        foreach (var item in items)
        {
            var (wall, cpu) = (Stopwatch.GetTimestamp(), ThreadCpuMs());
            await run(item);
            samples.Cpu.Add(ThreadCpuMs() - cpu);
            samples.Wall.Add(Stopwatch.GetElapsedTime(wall).TotalMilliseconds);
        }
        return samples;
    }

    public static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();

    public static double ThreadCpuMs()
    {
        ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts);
        return ts.Seconds * 1000.0 + ts.Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
