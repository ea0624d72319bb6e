using System.Reflection;
using System.Xml.Linq;
using NetArchTest.Rules;

namespace CraftMarket.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Every_module_is_built_into_the_host_and_checked_here()
    {
        Solution.Modules.Count.ShouldBeGreaterThanOrEqualTo(3, "Tenancy, Identity and Members at least");
        var built = Solution.Assemblies.Select(a => a.GetName().Name).ToHashSet();
        foreach (var module in Solution.Modules)
        {
            built.ShouldContain(Solution.InternalName(module), $"module {module} has no assembly beside these tests: is it referenced by CraftMarket.Web?");
            built.ShouldContain(Solution.ContractsName(module), $"module {module} has no {Solution.ContractsName(module)} assembly");
        }
        built.ShouldContain(Solution.SharedKernel);
    }

    [Fact]
    public void Assemblies_reference_only_what_the_module_rules_allow()
    {
        var violations =
            from assembly in Solution.Assemblies
            let source = assembly.GetName().Name!
            from reference in assembly.GetReferencedAssemblies()
            let message = Solution.Violation(source, reference.Name!)
            where message is not null
            select message;

        violations.ToList().ShouldBeEmpty();
    }

    [Fact]
    public void Project_files_reference_only_what_the_module_rules_allow()
    {
        // The compiler drops a reference nobody uses; the project file still couples the builds.
        var projects = Directory.GetFiles(Path.Combine(Solution.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        projects.Count(p => Solution.Kind(Path.GetFileNameWithoutExtension(p)) is not ArtifactKind.Other)
            .ShouldBe(Solution.Modules.Count * 2 + 1, "every module's two projects and the shared kernel");

        var violations =
            from project in projects
            let source = Path.GetFileNameWithoutExtension(project)
            from reference in XDocument.Load(project).Descendants("ProjectReference")
            let to = Path.GetFileNameWithoutExtension(((string?)reference.Attribute("Include") ?? "").Replace('\\', '/'))
            let message = Solution.Violation(source, to)
            where message is not null
            select $"{Path.GetRelativePath(Solution.Root, project)}: {message}";

        violations.ToList().ShouldBeEmpty();
    }

    [Fact]
    public void No_module_type_uses_another_modules_internal_types()
    {
        var internals = Solution.Assemblies.Where(a => Solution.Kind(a.GetName().Name!) is ArtifactKind.ModuleInternal).ToList();
        var violations = new List<string>();
        foreach (var assembly in internals)
        {
            var foreignTypes = internals.Where(other => other != assembly).SelectMany(OwnTypeNames).ToArray();
            if (foreignTypes.Length == 0) continue;
            var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(foreignTypes).GetResult();
            if (!result.IsSuccessful)
                violations.AddRange(result.FailingTypeNames.Select(t => $"{t} (in {assembly.GetName().Name}) uses another module's internal types"));
        }

        violations.ShouldBeEmpty();
    }

    /// <summary>Full names of the module's own top-level types (not compiler- or Razor-generated ones).</summary>
    internal static IEnumerable<string> OwnTypeNames(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is { } ns && ns.StartsWith(assembly.GetName().Name!, StringComparison.Ordinal))
            .Select(t => t.FullName!);
}
