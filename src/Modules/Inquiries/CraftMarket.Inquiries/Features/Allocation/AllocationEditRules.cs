using System.Globalization;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Features.Allocation.Engine;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Inquiries.Features.Allocation;

internal sealed record CheckedEdit(IReadOnlyList<(InquiryLine Line, IReadOnlyList<CheckedShare> Shares)> Lines);

internal sealed record CheckedShare(MemberId MemberId, int Quantity, DateOnly? DueOn);

/// <summary>
/// The desk's edit, checked as a whole (every bad field named at once): known lines, each at most
/// once; members of this association, active, each once per line; whole positive quantities whose
/// sum stays within the line; due dates from today through the buyer's date. Not whole cases and
/// over a member's capacity are the desk's call: allowed, and answered as warnings.
/// </summary>
internal static class AllocationEditRules
{
    public const int MaxSharesPerLine = 500;

    public static Result<CheckedEdit> Check(Inquiry inquiry, AllocationEdit edit, CapacityFacts facts, IReadOnlyList<Share> shares, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors.TryAdd(field, [message]);
        if (edit.Lines is not { Count: > 0 } lines)
        {
            Fail("lines", "Give at least one line with its shares.");
            return Error.Validation(errors);
        }
        var members = facts.Profiles.ToDictionary(p => p.Id);
        var result = new List<(InquiryLine, IReadOnlyList<CheckedShare>)>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < lines.Count; i++)
        {
            var given = lines[i];
            var line = given is null ? null : inquiry.Lines.FirstOrDefault(l => l.Id.Value == given.LineId);
            if (given is null || line is null)
            {
                Fail($"lines[{i}].lineId", "This inquiry has no such line.");
                continue;
            }
            if (!seen.Add(given.LineId)) Fail($"lines[{i}].lineId", "Each line at most once.");
            var wanted = given.Shares ?? [];
            if (wanted.Count > MaxSharesPerLine) Fail($"lines[{i}].shares", $"At most {MaxSharesPerLine} shares per line.");
            var checkedShares = new List<CheckedShare>();
            var sum = 0L;
            for (var j = 0; j < wanted.Count && j < MaxSharesPerLine; j++)
            {
                var field = $"lines[{i}].shares[{j}]";
                var share = wanted[j];
                if (share is null)
                {
                    Fail(field, "Give a member and a quantity.");
                    continue;
                }
                var member = new MemberId(share.MemberId);
                if (!members.TryGetValue(member, out var profile)) Fail($"{field}.memberId", "No such member in this association.");
                else if (profile.Status != MemberStatus.Active) Fail($"{field}.memberId", $"{profile.DisplayName} is not an active member.");
                if (checkedShares.Any(c => c.MemberId == member)) Fail($"{field}.memberId", "Each member at most once per line.");
                if (share.Quantity < 1) Fail($"{field}.quantity", "The quantity must be at least 1 (leave the member out to remove the share).");
                if (share.DueOn is { } due && (due < today || due > inquiry.RequiredBy))
                    Fail($"{field}.dueOn", string.Create(CultureInfo.InvariantCulture,
                        $"The due date must be between today ({today:yyyy-MM-dd}) and the buyer's date ({inquiry.RequiredBy:yyyy-MM-dd})."));
                sum += Math.Max(0, share.Quantity);
                checkedShares.Add(new CheckedShare(member, share.Quantity, share.DueOn));
            }
            if (sum > line.Quantity)
                Fail($"lines[{i}].shares", string.Create(CultureInfo.InvariantCulture, $"The shares add up to {sum}, more than the line's {line.Quantity}."));
            result.Add((line, checkedShares));
        }
        if (errors.Count > 0) return Error.Validation(errors);
        return new CheckedEdit(result);
    }

    /// <summary>What the desk allowed itself: shares not in whole cases, members above their capacity in the window.</summary>
    public static IReadOnlyList<AllocationWarning> Warnings(Inquiry inquiry, IReadOnlyList<Share> shares, CapacityFacts facts, DateOnly today)
    {
        var warnings = new List<AllocationWarning>();
        var book = new CapacityBook(new AllocationInput(inquiry.Id, today, CapacityRead.DueOn(inquiry), 10_000, [], facts.Candidates, facts.ProductFacts, facts.Committed));
        var candidates = facts.Candidates.ToDictionary(c => c.Id);
        var used = new Dictionary<(MemberId, string), int>();
        foreach (var line in inquiry.Lines.OrderBy(l => l.Position))
        {
            if (!facts.Products.TryGetValue(line.ProductId, out var product)) continue;
            var multiple = Math.Max(1, product.OrderMultiple);
            var key = CapacityRead.KeyOf(product);
            foreach (var share in shares.Where(s => s.LineId == line.Id && s.IsLive))
            {
                if (share.Reason == ShareReasons.Desk && share.Quantity % multiple != 0)
                    warnings.Add(new AllocationWarning(line.Id.Value, share.MemberId, "not_whole_cases", string.Create(CultureInfo.InvariantCulture,
                        $"{share.Quantity} is not a whole number of cases of {multiple}.")));
                var total = used[(share.MemberId, key)] = used.GetValueOrDefault((share.MemberId, key)) + share.Coverage;
                if (candidates.TryGetValue(share.MemberId, out var member) && total > book.Left(member, key))
                    warnings.Add(new AllocationWarning(line.Id.Value, share.MemberId, "over_capacity", string.Create(CultureInfo.InvariantCulture,
                        $"{member.Name} can make about {book.Left(member, key)} by the due date; this inquiry now asks {total}.")));
            }
        }
        return warnings;
    }
}
