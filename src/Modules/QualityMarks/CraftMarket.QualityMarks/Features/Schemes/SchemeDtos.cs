using CraftMarket.QualityMarks.Domain;

namespace CraftMarket.QualityMarks.Features.Schemes;

/// <summary>A new mark scheme. Texts by language ("vi", "en", "fr", "ja"); categories are catalogue category ids.</summary>
internal sealed record SchemeInput(
    string? Code,
    Dictionary<string, string?>? Name,
    Dictionary<string, string?>? Description,
    List<string>? Categories,
    int? ValidityMonths);

/// <summary>What may change on a scheme after it was created (its code is in certificate numbers and never changes).</summary>
internal sealed record SchemeChanges(
    Dictionary<string, string?>? Name,
    Dictionary<string, string?>? Description,
    List<string>? Categories,
    int? ValidityMonths);

/// <summary>One criterion as sent: <see cref="Kind"/> is a <see cref="CriterionKind"/> name.</summary>
internal sealed record CriterionInput(
    string? Key,
    Dictionary<string, string?>? Text,
    string? Kind,
    Dictionary<string, string?>? HowChecked);

/// <summary>A new version's complete criteria (a version replaces the whole set, it never patches).</summary>
internal sealed record VersionInput(List<CriterionInput?>? Criteria);

internal sealed record CriterionDto(string Key, IReadOnlyDictionary<string, string> Text, string Kind, IReadOnlyDictionary<string, string> HowChecked)
{
    public static CriterionDto From(Criterion c) => new(c.Key, c.Text.ToDictionary(), c.Kind.ToString(), c.HowChecked.ToDictionary());
}

internal sealed record VersionDto(Guid SchemeId, int Version, DateTimeOffset PublishedAt, string PublishedBy, IReadOnlyList<CriterionDto> Criteria)
{
    public static VersionDto From(MarkSchemeVersion v) =>
        new(v.SchemeId.Value, v.Version, v.PublishedAt, v.PublishedBy, [.. v.Criteria.Select(CriterionDto.From)]);
}

internal sealed record SchemeDto(
    Guid Id,
    string Code,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyDictionary<string, string> Description,
    IReadOnlyList<string> Categories,
    int ValidityMonths,
    int CurrentVersion,
    bool Retired,
    string? ImageUrl,
    DateTimeOffset CreatedAt,
    VersionDto? Current)
{
    public static SchemeDto From(MarkScheme s, MarkSchemeVersion? current = null) => new(
        s.Id.Value, s.Code, s.Name.ToDictionary(), s.Description.ToDictionary(), [.. s.Categories], s.ValidityMonths,
        s.CurrentVersion, s.Retired, MarkImage.UrlOf(s), s.CreatedAt, current is null ? null : VersionDto.From(current));
}
