using CraftMarket.SharedKernel.Results;

namespace CraftMarket.QualityMarks.Domain;

/// <summary>
/// What a recorded visit must hold: findings only for the criteria of the application's scheme
/// version (each at most once, photos only this visit's), defects by type with counts, a sample of
/// at least one piece, and an outcome; "passed" only when every criterion was answered and met.
/// </summary>
internal static class VisitRules
{
    public const int FindingNotesMax = 1000;
    public const int DefectTypeMax = 100;
    public const int MaxDefects = 30;
    public const int SampleMax = 100_000;
    public const string PassedNeedsAll = "Passed needs every criterion answered and met.";
    public const string NotMet = "Not met.";
    public const string NotAnswered = "Not answered.";

    /// <param name="photos">The visit's uploaded photos; null skips the photo check (a form checked before its photos are stored).</param>
    public static Result Check(VisitRecord visit, MarkSchemeVersion version, IReadOnlyCollection<Guid>? photos)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var keys = version.Criteria.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in visit.Findings)
        {
            var field = $"findings[{finding.CriterionKey}]";
            if (!keys.Contains(finding.CriterionKey)) errors[field] = ["Not a criterion of this application's scheme version."];
            else if (!seen.Add(finding.CriterionKey)) errors[field] = ["This criterion is answered twice."];
            else if (finding.Notes.Length > FindingNotesMax) errors[field] = [$"Notes: at most {FindingNotesMax} characters."];
            else if (photos is not null && finding.PhotoFileIds.Any(p => !photos.Contains(p))) errors[field] = ["A photo is not one of this visit's photos."];
        }

        var types = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (visit.Defects.Count > MaxDefects) errors["defects"] = [$"At most {MaxDefects} kinds of defect."];
        for (var i = 0; i < visit.Defects.Count; i++)
        {
            var defect = visit.Defects[i];
            var type = defect.Type.Trim();
            if (type.Length is 0 or > DefectTypeMax) errors[$"defects[{i}].type"] = [$"Name the defect in 1 to {DefectTypeMax} characters."];
            else if (!types.Add(type)) errors[$"defects[{i}].type"] = ["This defect is listed twice."];
            if (defect.Count < 1 || defect.Count > Math.Max(visit.SampleSize, 1))
                errors[$"defects[{i}].count"] = ["The count is between 1 and the sample size."];
        }

        if (visit.SampleSize < 1 || visit.SampleSize > SampleMax) errors["sampleSize"] = [$"At least 1 piece and at most {SampleMax}."];
        if (visit.Notes.Length > Inspection.NotesMax) errors["notes"] = [$"At most {Inspection.NotesMax} characters."];
        if (visit.Outcome == InspectionOutcome.Pending) errors["outcome"] = ["Choose passed or failed."];
        if (visit.Outcome == InspectionOutcome.Passed && errors.Count == 0)
        {
            foreach (var criterion in version.Criteria)
            {
                var finding = visit.Findings.FirstOrDefault(f => f.CriterionKey == criterion.Key);
                if (finding is null) errors[$"findings[{criterion.Key}]"] = [NotAnswered];
                else if (!finding.Met) errors[$"findings[{criterion.Key}]"] = [NotMet];
            }
            if (errors.Count > 0) errors["outcome"] = [PassedNeedsAll];
        }
        return errors.Count == 0 ? Result.Ok() : Error.Validation(errors);
    }
}
