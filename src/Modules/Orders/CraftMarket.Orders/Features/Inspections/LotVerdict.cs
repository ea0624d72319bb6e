using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Features.Inspections;

internal sealed record DefectInput(string? Type, int? Count);

/// <summary>
/// An inspection as the inspector sends it. <see cref="LotSize"/> defaults to every piece still
/// outstanding; the quantities default from the outcome (Accepted: the defective pieces found go to
/// rework; Rework: the whole lot; Rejected: the whole lot).
/// </summary>
internal sealed record InspectLotRequest(int? LotSize, int? SampleInspected, IReadOnlyList<DefectInput>? Defects, string? Outcome,
    int? Accepted, int? Rework, int? Rejected, IReadOnlyList<Guid>? PhotoIds, string? Note);

/// <summary>What a valid inspection decides: the plan it was judged by, the defects, the outcome and where every piece goes.</summary>
internal sealed record LotVerdict(SamplingPlan Plan, int SampleInspected, IReadOnlyList<DefectCount> Defects, InspectionOutcome Outcome,
    int Accepted, int Rework, int Rejected, IReadOnlyList<Guid> PhotoIds, string? Note)
{
    public const int MaxPhotos = 10;

    public int Defective => Defects.Sum(d => d.Count);

    /// <summary>
    /// The rules of ADR 0058, pure: the sample at least the plan's (the whole lot when 100%), known
    /// defect types, at most one defective piece per piece sampled, Accepted only within the plan's
    /// acceptance number, and every piece of the lot accounted for exactly once.
    /// </summary>
    public static Result<LotVerdict> Decide(InspectLotRequest request, int outstanding, string aql, IReadOnlyList<DefectType> types)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];

        var lot = request.LotSize ?? outstanding;
        if (lot < 1 || lot > outstanding)
            return Error.Validation("lotSize", $"The lot is between 1 and the {outstanding} pieces still to inspect.");
        var plan = SamplingPlan.For(lot, aql);

        if (request.SampleInspected is not { } sample) Fail("sampleInspected", $"Say how many pieces were inspected (at least {plan.SampleSize}).");
        else if (sample < plan.SampleSize || sample > lot)
            Fail("sampleInspected", plan.IsFullInspection
                ? $"Inspect every piece of this lot ({lot})."
                : $"Inspect at least {plan.SampleSize} pieces (the plan's sample) and at most the lot ({lot}).");

        var defects = new List<DefectCount>();
        foreach (var (input, i) in (request.Defects ?? []).Select((d, i) => (d, i)))
        {
            var key = input.Type?.Trim() ?? "";
            var type = types.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));
            if (type is null) { Fail($"defects[{i}].type", $"Unknown defect type “{key}”; use one of: {string.Join(", ", types.Select(t => t.Key))}."); continue; }
            if (input.Count is not { } count || count < 0) { Fail($"defects[{i}].count", "A count is 0 or more."); continue; }
            if (defects.Exists(d => string.Equals(d.Type, type.Key, StringComparison.Ordinal))) { Fail($"defects[{i}].type", $"“{type.Key}” is given twice."); continue; }
            if (count > 0) defects.Add(new DefectCount(type.Key, count));
        }
        var defective = defects.Sum(d => d.Count);
        if (request.SampleInspected is { } inspected && defective > inspected)
            Fail("defects", $"{defective} defective pieces cannot come from a sample of {inspected}.");

        // By name only: Enum.TryParse would also take "1" or "0, 2".
        var named = Enum.GetNames<InspectionOutcome>().FirstOrDefault(n => string.Equals(n, request.Outcome?.Trim(), StringComparison.OrdinalIgnoreCase));
        var outcome = named is null ? default : Enum.Parse<InspectionOutcome>(named);
        if (named is null) Fail("outcome", "Choose Accepted, Rework or Rejected.");

        var note = request.Note?.Trim();
        if (note?.Length > Domain.QualityCheck.NoteMax) Fail("note", $"At most {Domain.QualityCheck.NoteMax} characters.");
        var photos = (request.PhotoIds ?? []).Distinct().ToList();
        if (photos.Count > MaxPhotos) Fail("photoIds", $"At most {MaxPhotos} photos per inspection.");
        if (errors.Count > 0) return Error.Validation(errors);

        if (outcome == InspectionOutcome.Accepted && !plan.Accepts(defective))
            return Error.Validation("outcome",
                $"{defective} defective pieces: the plan (lot {lot}, code letter {plan.CodeLetter}, sample {plan.SampleSize}, AQL {plan.Aql}) " +
                $"accepts at most {plan.AcceptNumber} and rejects from {plan.RejectNumber}. Choose Rework or Rejected.");

        var quantities = Quantities(outcome, lot, defective, request);
        if (quantities.IsFailure) return quantities.Error!;
        var (accepted, rework, rejected) = quantities.Value;
        return new LotVerdict(plan, request.SampleInspected!.Value, defects, outcome, accepted, rework, rejected, photos,
            string.IsNullOrEmpty(note) ? null : note);
    }

    private static Result<(int Accepted, int Rework, int Rejected)> Quantities(InspectionOutcome outcome, int lot, int defective, InspectLotRequest r)
    {
        (int, int, int) wanted = outcome switch
        {
            // The lot passes; the defective pieces found do not: fixed (rework) or discarded (rejected).
            InspectionOutcome.Accepted => (lot - defective,
                r.Rework ?? (r.Rejected is { } rej ? defective - rej : defective),
                r.Rejected ?? (r.Rework is { } rw ? defective - rw : 0)),
            InspectionOutcome.Rework => (0, lot, 0),
            _ => (0, 0, lot),
        };
        var (accepted, rework, rejected) = (r.Accepted ?? wanted.Item1, r.Rework ?? wanted.Item2, r.Rejected ?? wanted.Item3);
        if (accepted != wanted.Item1 || rework != wanted.Item2 || rejected != wanted.Item3 || rework < 0 || rejected < 0
            || accepted + rework + rejected != lot)
            return Error.Validation("quantities", outcome switch
            {
                InspectionOutcome.Accepted => $"Accepted is the lot less the defective pieces found ({lot - defective}); " +
                    $"the {defective} defective pieces go to rework or are rejected.",
                InspectionOutcome.Rework => $"Rework sends the whole lot ({lot}) back; nothing is accepted or rejected.",
                _ => $"Rejected rejects the whole lot ({lot}); nothing is accepted or reworked.",
            });
        return (accepted, rework, rejected);
    }
}
