using System.Globalization;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.SharedKernel.Trade;

/// <summary>
/// Quantities and prices in their unit, in the reader's language: "50 metres", "₫265,000 per metre",
/// "MOQ 50 metres", "case of 10 sets". Every module that prints a quantity (storefront, search,
/// quotes, orders) says it through here, so a unit reads the same on every page and document; the
/// words are this assembly's own translations (Trade/i18n), keyed by the English word as pages are.
/// The language is the request's (<see cref="Ui.Language"/>) unless a document names its own.
/// </summary>
public static class UnitWords
{
    private static readonly Ui Texts = new(typeof(UnitOfSale).Assembly);

    /// <summary>The languages the unit words are translated into (English is the key).</summary>
    public static IReadOnlyCollection<string> Languages => Texts.Languages;

    /// <summary>The unit's name for one of it: "metre", "mét", "mètre", "メートル".</summary>
    public static string Name(UnitOfSale unit, string? language = null) => Texts.Translate(unit.Singular, language ?? Ui.Language);

    /// <summary>The name that goes with <paramref name="count"/>: "1 metre", "2 metres"; French keeps 0 and 1 singular.</summary>
    public static string NameFor(int count, UnitOfSale unit, string? language = null)
    {
        language ??= Ui.Language;
        var singular = string.Equals(language, "fr", StringComparison.Ordinal) ? count is 0 or 1 : count == 1;
        if (singular) return Texts.Translate(unit.Singular, language);
        if (!string.Equals(unit.Plural, unit.Singular, StringComparison.Ordinal)) return Texts.Translate(unit.Plural, language);
        // English says "10 dozen" but French "10 douzaines": one English word, two keys ("dozen (many)").
        var many = unit.Singular + " (many)";
        var translated = Texts.Translate(many, language);
        return string.Equals(translated, many, StringComparison.Ordinal) ? unit.Plural : translated;
    }

    /// <summary>"50 metres", "50 mét", "50 mètres", "50メートル"; the number in <paramref name="culture"/> (default: the request's).</summary>
    public static string Quantity(int count, UnitOfSale unit, string? language = null, CultureInfo? culture = null)
    {
        language ??= Ui.Language;
        culture ??= CultureInfo.CurrentCulture;
        return Format("{0} {1}", language, culture, count.ToString("N0", culture), NameFor(count, unit, language));
    }

    /// <summary>"per metre" (beside a price shown on its own): "mỗi mét", "par mètre", "1メートルあたり".</summary>
    public static string Per(UnitOfSale unit, string? language = null)
    {
        language ??= Ui.Language;
        return Format("per {0}", language, CultureInfo.InvariantCulture, Name(unit, language));
    }

    /// <summary>"₫265,000 per metre": a formatted price with its unit.</summary>
    public static string PricePer(string price, UnitOfSale unit, string? language = null)
    {
        language ??= Ui.Language;
        return Format("{0} per {1}", language, CultureInfo.InvariantCulture, price, Name(unit, language));
    }

    /// <summary>"MOQ 50 metres".</summary>
    public static string Moq(int count, UnitOfSale unit, string? language = null, CultureInfo? culture = null)
    {
        language ??= Ui.Language;
        return Format("MOQ {0}", language, CultureInfo.InvariantCulture, Quantity(count, unit, language, culture));
    }

    /// <summary>"case of 10 sets": the order multiple.</summary>
    public static string Case(int count, UnitOfSale unit, string? language = null, CultureInfo? culture = null)
    {
        language ??= Ui.Language;
        return Format("case of {0}", language, CultureInfo.InvariantCulture, Quantity(count, unit, language, culture));
    }

    /// <summary>"50+ metres": where a price break starts.</summary>
    public static string OrMore(int count, UnitOfSale unit, string? language = null, CultureInfo? culture = null)
    {
        language ??= Ui.Language;
        culture ??= CultureInfo.CurrentCulture;
        return Format("{0}+ {1}", language, culture, count.ToString("N0", culture), NameFor(count, unit, language));
    }

    private static string Format(string english, string language, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Texts.Translate(english, language), args);
}
