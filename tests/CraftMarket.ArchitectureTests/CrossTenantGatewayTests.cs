namespace CraftMarket.ArchitectureTests;

/// <summary>
/// Reading across tenants is allowed only through a named, greppable gateway: the tenant filter
/// may be switched off only in files whose name says CrossTenant.
/// </summary>
public sealed class CrossTenantGatewayTests
{
    [Fact]
    public void IgnoreQueryFilters_appears_only_in_CrossTenant_files()
    {
        var sourceRoot = Path.Combine(Solution.Root, "src");
        var offenders = Directory.GetFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Where(path => !Path.GetFileName(path).Contains("CrossTenant", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains("IgnoreQueryFilters", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Solution.Root, path))
            .ToList();

        offenders.ShouldBeEmpty("IgnoreQueryFilters bypasses the tenant filter; move it into a *CrossTenant*.cs gateway");
    }

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }
}
