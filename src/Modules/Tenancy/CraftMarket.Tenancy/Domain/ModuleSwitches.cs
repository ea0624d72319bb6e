using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Tenancy.Domain;

/// <summary>
/// The switchable modules an association runs without. Only the ones switched off are stored, so
/// every association runs a module the day it is released until the platform admin says otherwise.
/// </summary>
internal sealed record ModuleSwitches(IReadOnlyList<string> Off)
{
    public static readonly ModuleSwitches AllOn = new([]);

    public bool IsOn(string key) => !Off.Contains(key, StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="requested"/> as sent ("search": false); modules it does not name keep their
    /// current state. A key no module declared is refused, so a typo never silently does nothing.
    /// </summary>
    public Result<ModuleSwitches> With(IReadOnlyDictionary<string, bool> requested, IReadOnlyCollection<SwitchableModule> known)
    {
        var unknown = requested.Keys.Where(k => !known.Any(m => m.Key.Equals(k, StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            return Error.Validation("modules",
                $"Unknown module {string.Join(", ", unknown)}; the switchable modules are {string.Join(", ", known.Select(m => m.Key).Order(StringComparer.Ordinal))}.");
        var off = known.Select(m => m.Key)
            .Where(k => requested.TryGetValue(k, out var on) ? !on : !IsOn(k))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ModuleSwitches(off);
    }

    public bool Equals(ModuleSwitches? other) => other is not null && Off.SequenceEqual(other.Off, StringComparer.Ordinal);

    public override int GetHashCode() => string.Join(',', Off).GetHashCode(StringComparison.Ordinal);
}
