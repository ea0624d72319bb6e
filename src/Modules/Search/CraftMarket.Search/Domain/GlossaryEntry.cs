using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Domain;

/// <summary>
/// One group of words an association treats as the same thing in search, across languages
/// ("gốm", "ceramic", "pottery"). A query containing any of them also finds the others.
/// </summary>
internal sealed class GlossaryEntry : ITenantOwned
{
    public const int MaxTerms = 12;
    public const int MaxTermLength = 60;

    private GlossaryEntry() { }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public List<string> Terms { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<GlossaryEntry> Create(TenantId tenant, IReadOnlyList<string>? terms, DateTimeOffset now)
    {
        var entry = new GlossaryEntry { Id = Guid.CreateVersion7(), TenantId = tenant };
        var changed = entry.Change(terms, now);
        return changed.IsSuccess ? entry : changed.Error!;
    }

    public Result Change(IReadOnlyList<string>? terms, DateTimeOffset now)
    {
        if (Validate(terms) is { } error) return error;
        // Blank lines of a form are dropped, as Validate counted them: never stored as "".
        Terms = [.. terms!.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Analysis.Folding.Normalize(t.Trim())).Distinct(StringComparer.OrdinalIgnoreCase)];
        UpdatedAt = now;
        return Result.Ok();
    }

    private static Error? Validate(IReadOnlyList<string>? terms)
    {
        var cleaned = terms?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];
        if (terms is null || terms.Any(t => t is null)) return Error.Validation("terms", "Give the words as a list of strings.");
        if (cleaned.Count < 2) return Error.Validation("terms", "A glossary entry needs at least two different words.");
        if (cleaned.Count > MaxTerms) return Error.Validation("terms", $"A glossary entry has at most {MaxTerms} words.");
        if (cleaned.Any(t => t.Length > MaxTermLength)) return Error.Validation("terms", $"Each word or phrase has at most {MaxTermLength} characters.");
        if (cleaned.Any(t => Analysis.Folding.Words(t).Count == 0)) return Error.Validation("terms", "Each entry must contain letters or digits.");
        return null;
    }
}
