using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;

namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>One text of the product: the Vietnamese, the translation kept so far, and what may help write it.</summary>
internal sealed record FieldTranslation(
    string Field, string Source, string? Target,
    IReadOnlyList<GlossaryTerm> Glossary, IReadOnlyList<MemorySuggestion> Memory, string? MachineDraft);

/// <summary>The translation of one product into one language, as the translation page and API show it.</summary>
/// <param name="Missing">Per needed language, the fields still without text.</param>
internal sealed record TranslationView(
    Guid ProductId, string Sku, ProductStatus Status, string Language, IReadOnlyList<string> LanguagesNeeded,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Missing, IReadOnlyList<FieldTranslation> Fields,
    bool MachineConfigured, string? MachineProblem);

/// <summary>
/// Staff save one language's texts. <see cref="MachineDrafted"/> names the fields pre-filled by machine
/// translation: they are saved only with <see cref="Confirmed"/> (staff read them).
/// </summary>
internal sealed record TranslationInput(string? Language, IReadOnlyDictionary<string, string?>? Texts, IReadOnlyList<string>? MachineDrafted, bool Confirmed);

/// <summary>The association's machine-translation service: <c>serviceUrl</c> null turns it off; the key is write-only.</summary>
internal sealed record MachineTranslationInput(string? ServiceUrl, string? ApiKey);

internal sealed record MachineTranslationDto(bool On, string? ServiceUrl, bool HasKey);
