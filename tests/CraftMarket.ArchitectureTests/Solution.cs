using System.Reflection;

namespace CraftMarket.ArchitectureTests;

/// <summary>
/// What the boundary rules look at: every CraftMarket.*.dll that the build put beside these tests
/// and every project under src/. Modules are discovered, not listed, so a new module is covered
/// the day it is added.
/// </summary>
internal static class Solution
{
    public const string SharedKernel = "CraftMarket.SharedKernel";
    private const string ContractsSuffix = ".Contracts";

    public static string Root { get; } = FindRoot();

    /// <summary>Module names: the folders under src/Modules.</summary>
    public static IReadOnlyList<string> Modules { get; } =
        Directory.GetDirectories(Path.Combine(Root, "src", "Modules")).Select(Path.GetFileName).OfType<string>().Order().ToList();

    public static IReadOnlyList<Assembly> Assemblies { get; } =
        Directory.GetFiles(AppContext.BaseDirectory, "CraftMarket.*.dll")
            .Select(path => Assembly.LoadFrom(path))
            .Where(a => Kind(a.GetName().Name!) is not ArtifactKind.Other)
            .OrderBy(a => a.GetName().Name)
            .ToList();

    public static string InternalName(string module) => $"CraftMarket.{module}";
    public static string ContractsName(string module) => $"CraftMarket.{module}{ContractsSuffix}";

    public static ArtifactKind Kind(string name)
    {
        if (name == SharedKernel) return ArtifactKind.SharedKernel;
        foreach (var module in Modules)
        {
            if (name == InternalName(module)) return ArtifactKind.ModuleInternal;
            if (name == ContractsName(module)) return ArtifactKind.ModuleContracts;
        }
        return ArtifactKind.Other;
    }

    /// <summary>The module an internal or contracts artifact belongs to.</summary>
    public static string ModuleOf(string name) =>
        name["CraftMarket.".Length..] is var rest && rest.EndsWith(ContractsSuffix, StringComparison.Ordinal)
            ? rest[..^ContractsSuffix.Length]
            : rest;

    /// <summary>
    /// The one rule, for assemblies and projects alike: the shared kernel depends on no module;
    /// contracts depend on no module's internals; a module's internals depend only on its own
    /// contracts, other modules' contracts and the shared kernel.
    /// </summary>
    public static string? Violation(string from, string to)
    {
        var target = Kind(to);
        return Kind(from) switch
        {
            ArtifactKind.SharedKernel when target is ArtifactKind.ModuleInternal or ArtifactKind.ModuleContracts =>
                $"{from} references module {to}: the shared kernel must not know any module",
            ArtifactKind.ModuleContracts when target is ArtifactKind.ModuleInternal =>
                $"{from} references {to}: contracts may reference only the shared kernel and other contracts",
            ArtifactKind.ModuleInternal when target is ArtifactKind.ModuleInternal && ModuleOf(to) != ModuleOf(from) =>
                $"{from} references {to}: modules talk through {ContractsName(ModuleOf(to))} only",
            _ => null,
        };
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CraftMarket.sln"))) return dir.FullName;
        throw new InvalidOperationException($"CraftMarket.sln not found above {AppContext.BaseDirectory}");
    }
}

internal enum ArtifactKind { Other, SharedKernel, ModuleInternal, ModuleContracts }
