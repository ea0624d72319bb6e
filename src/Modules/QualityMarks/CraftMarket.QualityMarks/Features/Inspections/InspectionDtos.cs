using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Applications;

namespace CraftMarket.QualityMarks.Features.Inspections;

internal sealed record FindingDto(string CriterionKey, bool Met, string Notes, IReadOnlyList<Guid> PhotoFileIds);

internal sealed record DefectDto(string Type, int Count);

/// <summary>A visit as staff see it; <see cref="ScheduledForVietnam"/> is the time as the village reads it.</summary>
internal sealed record InspectionDto(
    Guid Id, Guid ApplicationId, DateTimeOffset? ScheduledFor, string? ScheduledForVietnam, string? InspectorUserId,
    DateTimeOffset? PerformedAt, string Outcome, bool Cancelled, IReadOnlyList<FindingDto> Findings, IReadOnlyList<DefectDto> Defects,
    int SampleSize, string Notes, IReadOnlyList<Guid> PhotoFileIds, string? MemberName = null, string? SchemeName = null,
    string? ApplicationStatus = null)
{
    public static InspectionDto From(Inspection i, string? memberName = null, string? schemeName = null, string? applicationStatus = null) => new(
        i.Id.Value, i.ApplicationId.Value, i.ScheduledFor, i.ScheduledFor is { } at ? VietnamTime.Short(at) : null, i.InspectorUserId,
        i.PerformedAt, i.IsCancelled ? "Cancelled" : i.Outcome.ToString(), i.IsCancelled,
        [.. i.Findings.Select(f => new FindingDto(f.CriterionKey, f.Met, f.Notes, f.PhotoFileIds))],
        [.. i.Defects.Select(d => new DefectDto(d.Type, d.Count))], i.SampleSize, i.Notes, [.. i.PhotoFileIds],
        memberName, schemeName, applicationStatus);
}
