using Microsoft.EntityFrameworkCore.Migrations;

namespace CraftMarket.ArchitectureTests;

/// <summary>
/// A module's assembly shows the host only its composition root; everything another module may
/// use lives in its Contracts. Search is held to it first (the trade modules copy its shape).
/// </summary>
public sealed class PublicSurfaceTests
{
    [Theory]
    [InlineData("Search")]
    public void A_module_makes_public_only_its_composition_root(string module)
    {
        var assembly = Solution.Assemblies.Single(a => a.GetName().Name == Solution.InternalName(module));
        var exported = assembly.GetExportedTypes()
            // EF generates migrations public; they are found by reflection either way.
            .Where(t => !typeof(Migration).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        exported.ShouldBe([$"CraftMarket.{module}.{module}Module"]);
    }
}
