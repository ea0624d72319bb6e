using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SharedKernel.Text;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// One Vietnamese phrase or sentence of this village's catalogue and the translation staff confirmed
/// for it (ADR 0068). Found again by <see cref="SourceKey"/>: the phrase folded (no marks, lower case,
/// single spaces), so "Men rạn cổ." and "men ran co" meet. The latest confirmed translation wins.
/// </summary>
internal sealed class TranslationMemoryEntry : ITenantOwned
{
    public const int SourceMax = 500, TargetMax = 1000;

    private TranslationMemoryEntry() { }   // EF

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public string Language { get; private set; } = "";
    public string SourceKey { get; private set; } = "";
    public int KeyLength { get; private set; }
    public string Source { get; private set; } = "";
    public string Target { get; private set; } = "";
    public int Confirmations { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static TranslationMemoryEntry Create(TenantId tenant, string language, string source, string target, DateTimeOffset now)
    {
        var entry = new TranslationMemoryEntry { Id = Guid.CreateVersion7(), TenantId = tenant, Language = language };
        entry.Confirm(source, target, now);
        return entry;
    }

    public void Confirm(string source, string target, DateTimeOffset now)
    {
        SourceKey = Key(source);
        KeyLength = SourceKey.Length;
        Source = source;
        Target = target;
        Confirmations++;
        UpdatedAt = now;
    }

    /// <summary>False when the pair is not worth remembering (blank, or too long to be one phrase).</summary>
    public static bool Fits(string source, string target) =>
        Key(source).Length is > 0 and <= SourceMax && source.Length <= SourceMax && target.Length is > 0 and <= TargetMax;

    public static string Key(string text) =>
        TextFolding.Fold(text).Trim('.', '!', '?', ';', ':', ',', ' ');
}
