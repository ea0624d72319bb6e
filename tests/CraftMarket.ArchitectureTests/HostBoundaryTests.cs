using System.Reflection;
using NetArchTest.Rules;

namespace CraftMarket.ArchitectureTests;

/// <summary>
/// The host (CraftMarket.Web) is held to the same rule as modules: its pages, and the theme views
/// compiled into it (themes/*/Views, see the Web project file), see modules through their
/// contracts only. Only the composition root (Program and CraftMarket.Web.Hosting, which call each
/// module's AddX/UseX/MapX) names a module's own assembly.
/// </summary>
public sealed class HostBoundaryTests
{
    private const string HostName = "CraftMarket.Web";
    /// <summary>Top-level statements compile to Program and nested state machines (Program/&lt;&lt;Main&gt;$&gt;d__0): matched by prefix.</summary>
    private static readonly string[] CompositionRoot = ["Program", $"{HostName}.Hosting."];

    private static Assembly Host { get; } = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, $"{HostName}.dll"));

    [Fact]
    public void Host_pages_and_theme_views_use_only_modules_contracts()
    {
        var moduleInternals = Solution.Assemblies
            .Where(a => Solution.Kind(a.GetName().Name!) is ArtifactKind.ModuleInternal)
            .SelectMany(ModuleBoundaryTests.OwnTypeNames)
            .ToArray();
        moduleInternals.ShouldNotBeEmpty();

        var result = Types.InAssembly(Host).ShouldNot().HaveDependencyOnAny(moduleInternals).GetResult();
        var failing = (result.FailingTypeNames ?? []).ToList();
        failing.ShouldContain(t => t.StartsWith("Program", StringComparison.Ordinal), "the composition root does name modules: the check sees dependencies");

        failing.Where(t => !CompositionRoot.Any(root => t.StartsWith(root, StringComparison.Ordinal)))
            .ShouldBeEmpty("host pages and theme views must go through modules' .Contracts");
    }

    [Fact]
    public void Theme_views_are_compiled_into_the_host_so_the_rule_above_sees_them()
    {
        // Razor records each compiled view with its path; a theme view built elsewhere would escape the check.
        var views = Host.GetCustomAttributesData()
            .Where(a => a.AttributeType.Name == "RazorCompiledItemAttribute")
            .Select(a => (string)a.ConstructorArguments[2].Value!)
            .ToList();
        var themeViews = Directory.GetFiles(Path.Combine(Solution.Root, "themes"), "*.cshtml", SearchOption.AllDirectories)
            .Select(f => "/themes/" + Path.GetRelativePath(Path.Combine(Solution.Root, "themes"), f).Replace('\\', '/'))
            .Where(f => !Path.GetFileName(f).StartsWith("_ViewImports", StringComparison.Ordinal))
            .ToList();

        themeViews.ShouldNotBeEmpty();
        foreach (var view in themeViews) views.ShouldContain(view);
        views.ShouldContain("/Pages/Index.cshtml");
    }
}
