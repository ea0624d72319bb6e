using System.Text.RegularExpressions;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.QualityMarks.Features.Schemes;

/// <summary>
/// What a scheme and its criteria must satisfy. Errors are collected per field (API names such as
/// "name.en" or "criteria[3].kind") so the API answers them all at once and a page puts each
/// next to its input.
/// </summary>
internal sealed partial class SchemeRules
{
    public const int MinValidityMonths = 1;
    public const int MaxValidityMonths = 120;
    public const int MaxCriteria = 30;
    public const int CriterionKeyMax = 40;
    public const int CriterionTextMax = 1000;
    public const int MaxCategories = 100;

    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Failed => errors.Count > 0;

    public Error Error => Error.Validation(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

    public void Fail(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    public string Code(string? code)
    {
        var clean = (code ?? "").Trim();
        if (clean.Length == 0) Fail("code", "The code is required.");
        else if (clean.Length is < 3 or > MarkScheme.CodeMax || !Slug().IsMatch(clean))
            Fail("code", $"Use 3 to {MarkScheme.CodeMax} lower-case letters, digits and single hyphens, e.g. gom-bat-trang.");
        return clean;
    }

    /// <summary>A text buyers read: Vietnamese and English required, French and Japanese optional.</summary>
    public Translations BuyerText(string field, Dictionary<string, string?>? texts, int max)
    {
        var text = Text(field, texts, max);
        if (string.IsNullOrEmpty(text.En)) Fail($"{field}.en", "The English text is required: buyers read it.");
        return text;
    }

    /// <summary>A text with Vietnamese required and the other languages optional.</summary>
    public Translations Text(string field, Dictionary<string, string?>? texts, int max)
    {
        foreach (var language in texts?.Keys ?? Enumerable.Empty<string>())
            if (!Translations.Languages.Contains(language, StringComparer.Ordinal))
                Fail($"{field}.{language}", "Only vi, en, fr and ja are accepted.");
        var text = Translations.From(texts);
        if (text.Vi.Length == 0) Fail($"{field}.vi", "The Vietnamese text is required.");
        foreach (var language in Translations.Languages)
            if ((text[language]?.Length ?? 0) > max) Fail($"{field}.{language}", $"At most {max} characters.");
        return text;
    }

    public int Validity(int? months)
    {
        if (months is not { } value) Fail("validityMonths", "The validity period is required.");
        else if (value is < MinValidityMonths or > MaxValidityMonths)
            Fail("validityMonths", $"The validity period is {MinValidityMonths} to {MaxValidityMonths} months.");
        return months ?? 0;
    }

    /// <summary>
    /// Category ids that exist in the association's catalogue (<paramref name="known"/>: id → retired).
    /// A retired category may stay on a scheme that had it, but is not added anew.
    /// </summary>
    public List<string> Categories(List<string>? categories, IReadOnlyDictionary<Guid, bool> known, IReadOnlyCollection<string> before)
    {
        var result = new List<string>();
        if (categories is not { Count: > 0 })
        {
            Fail("categories", "Choose at least one product category the mark covers.");
            return result;
        }
        if (categories.Count > MaxCategories) Fail("categories", $"At most {MaxCategories} categories.");
        for (var i = 0; i < categories.Count && i < MaxCategories; i++)
        {
            if (!Guid.TryParse(categories[i], out var id) || !known.TryGetValue(id, out var retired))
                Fail($"categories[{i}]", "No such category in this association's catalogue.");
            else if (retired && !before.Contains(id.ToString()))
                Fail($"categories[{i}]", "This category is retired.");
            else if (!result.Contains(id.ToString())) result.Add(id.ToString());
        }
        return result;
    }

    public List<Criterion> Criteria(List<CriterionInput?>? criteria)
    {
        var result = new List<Criterion>();
        if (criteria is not { Count: > 0 })
        {
            Fail("criteria", "A version has at least one criterion.");
            return result;
        }
        if (criteria.Count > MaxCriteria)
        {
            Fail("criteria", $"A version has at most {MaxCriteria} criteria.");
            return result;
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < criteria.Count; i++)
        {
            var field = $"criteria[{i}]";
            var input = criteria[i];
            if (input is null)
            {
                Fail(field, "The criterion is empty.");
                continue;
            }
            var key = (input.Key ?? "").Trim();
            if (key.Length == 0) Fail($"{field}.key", "The key is required.");
            else if (key.Length > CriterionKeyMax || !Slug().IsMatch(key))
                Fail($"{field}.key", $"Use at most {CriterionKeyMax} lower-case letters, digits and single hyphens, e.g. clay-origin.");
            else if (!keys.Add(key)) Fail($"{field}.key", "Two criteria have this key.");
            var text = Text($"{field}.text", input.Text, CriterionTextMax);
            var how = Text($"{field}.howChecked", input.HowChecked, CriterionTextMax);
            var kind = Kind($"{field}.kind", input.Kind);
            result.Add(new Criterion(key, text, kind ?? default, how));
        }
        return result;
    }

    private CriterionKind? Kind(string field, string? kind)
    {
        // Names only: Enum.TryParse would also take "3" or "1,2".
        var name = Enum.GetNames<CriterionKind>().FirstOrDefault(n => string.Equals(n, kind?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is not null) return Enum.Parse<CriterionKind>(name);
        Fail(field, $"The kind is one of {string.Join(", ", Enum.GetNames<CriterionKind>())}.");
        return null;
    }
}
