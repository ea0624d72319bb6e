using System.Runtime.InteropServices;

namespace CraftMarket.SharedKernel.Hosting;

/// <summary>
/// glibc's malloc, where native libraries (libvips and its encoders, SQLite) allocate. By default it
/// keeps up to 8 arenas per core and keeps freed memory at the top of each for reuse, so a burst of
/// photo renders leaves the process's resident memory high for good (ADR 0081). Both calls are
/// no-ops where the C library is not glibc (macOS, Windows, musl): they answer false.
/// </summary>
public static class GlibcHeap
{
    private const int MArenaMax = -8;   // M_ARENA_MAX in malloc.h

    /// <summary>
    /// Caps the number of malloc arenas, as <c>MALLOC_ARENA_MAX</c> does, from inside the process (the
    /// environment variable must be set before the process starts, which <c>dotnet CraftMarket.Web.dll</c>
    /// cannot rely on). Takes effect for arenas created afterwards: call it first thing at start.
    /// </summary>
    public static bool LimitArenas(int arenas) => arenas > 0 && Call(() => NativeMethods.mallopt(MArenaMax, arenas) == 1);

    /// <summary>Gives the free memory of every arena back to the kernel (<c>malloc_trim(0)</c>); true when some was released.</summary>
    public static bool Trim() => Call(() => NativeMethods.malloc_trim(UIntPtr.Zero) == 1);

    /// <summary>Whether this process's C library is glibc, i.e. whether the calls above do anything.</summary>
    public static bool IsAvailable => Call(() => NativeMethods.gnu_get_libc_version() != IntPtr.Zero);

    private static bool Call(Func<bool> call)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return call();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
        private const string Libc = "libc.so.6";

        [DllImport(Libc, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int mallopt(int param, int value);

        [DllImport(Libc, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int malloc_trim(UIntPtr pad);

        [DllImport(Libc, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern IntPtr gnu_get_libc_version();
    }
}
