using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>
/// The association's translation step (ADR 0068): shows a product's Vietnamese texts beside one target
/// language with the glossary's terms, the memory's earlier translations and, when asked, a machine
/// draft; saves what staff confirm (an edit of the product, audited) and teaches the memory.
/// </summary>
internal sealed class TranslationWorkbench(CatalogueDb db, ProductWrites writes, TranslationMemory memory, TranslationLanguages languages,
    IMachineTranslator machine, IEnumerable<ICraftGlossary> glossaries)
{
    public static readonly IReadOnlyList<string> Fields = ["name", "description", "material", "technique"];

    public async Task<Result<TranslationView>> GetAsync(ProductId id, string? language, bool askMachine, CancellationToken ct)
    {
        if (Language(language) is { IsFailure: true } bad) return bad.Error!;
        var target = Language(language).Value!;
        if (await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } product) return Error.NotFound("product");
        var texts = product.Details.TextFields.Where(t => t.Text.Vi.Length > 0).ToList();

        var configured = await machine.IsConfiguredAsync(ct);
        MachineDrafts? drafts = null;
        if (askMachine)
        {
            var untranslated = texts.Where(t => string.IsNullOrWhiteSpace(t.Text[target])).ToList();
            drafts = !configured ? MachineDrafts.Unavailable("No machine-translation service is configured.")
                : untranslated.Count == 0 ? new MachineDrafts([], null)
                : await machine.TranslateAsync([.. untranslated.Select(t => t.Text.Vi)], "vi", target, ct);
            if (drafts.Texts is { } answered)
                drafts = new MachineDrafts([.. texts.Select(t => untranslated.FindIndex(u => u.Field == t.Field) is var i and >= 0 ? answered[i] : null!)], null);
        }

        var glossary = glossaries.FirstOrDefault();
        var fields = new List<FieldTranslation>();
        for (var i = 0; i < texts.Count; i++)
        {
            var (field, text) = texts[i];
            var terms = glossary is null ? [] : await glossary.FindAsync(text.Vi, target, ct);
            fields.Add(new FieldTranslation(field, text.Vi, text[target], terms, await memory.SuggestAsync(text.Vi, target, ct), drafts?.Texts?[i]));
        }
        var needed = languages.Needed();
        var missing = needed.ToDictionary(l => l, l => product.Details.MissingTranslations(l), StringComparer.Ordinal);
        return new TranslationView(id.Value, product.Sku, product.Status, target, needed, missing, fields, configured, drafts?.Problem);
    }

    public async Task<Result<TranslationView>> SaveAsync(ProductId id, TranslationInput input, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAssociationAdmin) return Error.Forbidden("Only the association translates products.");
        var language = Language(input.Language);
        if (language.IsFailure) return language.Error!;
        var target = language.Value!;
        var texts = input.Texts ?? new Dictionary<string, string?>();
        var errors = new Dictionary<string, string[]>();
        foreach (var field in texts.Keys.Where(f => !Fields.Contains(f, StringComparer.Ordinal)))
            errors[$"texts.{field}"] = ["Only name, description, material and technique are translated here."];
        if (texts.Count == 0) errors["texts"] = ["Give at least one translated text."];
        var drafted = input.MachineDrafted ?? [];
        if (drafted.Any(f => !Fields.Contains(f, StringComparer.Ordinal))) errors["machineDrafted"] = ["Name the machine-drafted fields: name, description, material or technique."];
        else if (drafted.Count > 0 && !input.Confirmed)
            errors["confirmed"] = ["Read the machine-translated drafts and confirm them before saving: a machine draft is never published unchecked."];
        if (errors.Count > 0) return Error.Validation(errors);

        string? Text(string field, string? current) => texts.TryGetValue(field, out var text) ? text : current;
        var saved = await writes.EditAsync(id, actor, d => d with
        {
            Name = With(d.Name, target, Text("name", d.Name[target])),
            Description = With(d.Description, target, Text("description", d.Description[target])),
            Material = With(d.Material, target, Text("material", d.Material[target])),
            Technique = With(d.Technique, target, Text("technique", d.Technique[target])),
        }, async product =>
        {
            foreach (var (field, text) in product.Details.TextFields)
                if (texts.ContainsKey(field) && text[target] is { Length: > 0 } confirmed)
                    await memory.StageAsync(target, text.Vi, confirmed, ct);
        }, ct);
        if (saved.IsFailure)
        {
            memory.Discard();
            return Prefixed(saved.Error!);
        }
        return await GetAsync(id, target, askMachine: false, ct);
    }

    /// <summary>A translation page's field errors name the text ("texts.name"), as the request did.</summary>
    private static Error Prefixed(Error error) => error is { Kind: ErrorKind.Validation, Fields: { } fields }
        ? Error.Validation(fields.ToDictionary(f => f.Key.Split('.') is [var field, _] && Fields.Contains(field, StringComparer.Ordinal) ? $"texts.{field}" : f.Key, f => f.Value))
        : error;

    private static LocalizedText With(LocalizedText text, string language, string? value) => language switch
    {
        "en" => text with { En = value },
        "fr" => text with { Fr = value },
        _ => text with { Ja = value },
    };

    private static Result<string> Language(string? language) =>
        language is not null && TranslationLanguages.Targets.Contains(language, StringComparer.Ordinal)
            ? language
            : Error.Validation("language", "Choose the language to translate into: en, fr or ja.");
}
