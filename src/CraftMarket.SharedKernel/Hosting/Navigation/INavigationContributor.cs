using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Hosting.Navigation;

/// <summary>
/// A module's menu links. The host's layout renders every contributor's entries that the current
/// request may see (area by host kind, audience by the signed-in person's roles in this
/// association, module switches), so the layout names no module.
/// </summary>
public interface INavigationContributor
{
    IEnumerable<NavigationEntry> Entries { get; }
}

public static class NavigationRegistration
{
    /// <summary>Registers a module's fixed links (most modules need nothing dynamic).</summary>
    public static IServiceCollection AddNavigation(this IServiceCollection services, params NavigationEntry[] entries)
    {
        services.AddSingleton<INavigationContributor>(new FixedNavigation(entries));
        return services;
    }

    private sealed class FixedNavigation(IReadOnlyList<NavigationEntry> entries) : INavigationContributor
    {
        public IEnumerable<NavigationEntry> Entries => entries;
    }
}
