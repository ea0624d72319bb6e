using System.Globalization;
using System.Text.RegularExpressions;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Pages.Desk;

/// <summary>
/// How the desk's order pages write states, timeline kinds, money and times (Vietnam time). States
/// and kinds are looked up as "order-state:X" / "order-timeline:X" keys, so this module's other pages
/// may word them their own way without two translations of one key; English is the fallback.
/// </summary>
internal static partial class OrderWords
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static string State(OrderState state, Ui t) => Lookup($"order-state:{state}", Spaced(state.ToString()), t);

    /// <summary>"state:Shipped" reads as the state; "payment", "note", "document:proforma"... as their own words.</summary>
    public static string Kind(string kind, Ui t) =>
        kind.StartsWith("state:", StringComparison.Ordinal) && Enum.TryParse<OrderState>(kind["state:".Length..], out var state)
            ? State(state, t)
            : Lookup($"order-timeline:{kind}", Spaced(kind.Replace(':', ' ').Replace('-', ' ')), t);

    public static string Money(Money amount) => amount.Format(CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset at) => at.ToOffset(Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Css(OrderState state) => state.ToString().ToLowerInvariant();

    private static string Lookup(string key, string english, Ui t)
    {
        var text = t.Translate(key, Ui.Language);
        return string.Equals(text, key, StringComparison.Ordinal) ? english : text;
    }

    private static string Spaced(string name)
    {
        var words = Words().Replace(name, " $1").Trim();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();
}
