using System.Text.RegularExpressions;

namespace CraftMarket.SharedKernel.Hosting.Modules;

/// <summary>
/// A module (or a part of one) an association may run without. <see cref="Key"/> is stored with
/// each association's switches and sent over the API, so it never changes once released
/// ("search", "member-directory"); <see cref="Name"/> is what the platform admin reads.
/// Also the endpoint metadata that marks the module's pages and APIs.
/// </summary>
public sealed partial record SwitchableModule
{
    public SwitchableModule(string key, string name)
    {
        if (!KeyPattern().IsMatch(key)) throw new ArgumentException($"Module key '{key}' must be lower-case words joined by hyphens.", nameof(key));
        Key = key;
        Name = name;
    }

    public string Key { get; }
    public string Name { get; }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")] private static partial Regex KeyPattern();
}

/// <summary>Whether the association the current unit of work acts for runs a module. With no association (platform host), everything runs.</summary>
public interface IModuleSwitches
{
    bool IsOn(string moduleKey);
}
