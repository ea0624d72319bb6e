using CraftMarket.QualityMarks.Domain;

namespace CraftMarket.QualityMarks.Features.Applications;

internal sealed record EvidenceDto(Guid FileId, string Kind, string FileName, string Caption, DateTimeOffset AddedAt)
{
    public static EvidenceDto From(EvidenceItem e) => new(e.FileId, e.Kind.ToString(), e.FileName, e.Caption, e.AddedAt);
}

/// <summary>An application as its member and the association's staff see it (never public).</summary>
internal sealed record ApplicationDto(
    Guid Id, Guid SchemeId, string SchemeName, int SchemeVersion, Guid MemberId, string? MemberName, IReadOnlyList<Guid> ProductIds,
    string Note, string Status, IReadOnlyList<EvidenceDto> Evidence, Guid? RenewsCertificateId, DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, string? DecisionNote, DateTimeOffset? NextVisit)
{
    public static ApplicationDto From(MarkApplication a, string schemeName, string? memberName, DateTimeOffset? nextVisit) => new(
        a.Id.Value, a.SchemeId.Value, schemeName, a.SchemeVersion, a.MemberId.Value, memberName, [.. a.ProductIds], a.Note,
        a.Status.ToString(), [.. a.Evidence.Select(EvidenceDto.From)], a.Renews?.Value, a.CreatedAt, a.SubmittedAt, a.DecidedAt,
        a.DecisionNote, nextVisit);
}

internal sealed record ApplicationPage(IReadOnlyList<ApplicationDto> Items, int Total, int Page, int PageSize);
