using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Allocation.Engine;
using CraftMarket.Members.Contracts;
using CsCheck;

namespace CraftMarket.Inquiries.Tests.Allocation;

/// <summary>
/// Random associations for the engine's properties: up to 15 members (some inactive, some not
/// export-eligible) with crafts and monthly capacities for three categories and a last work date or
/// none, up to 3 products (makers, case sizes 1 to 24), up to 12 commitments overlapping the window
/// or not, and up to 6 lines (quantities up to 20,000, some already partly covered, excluded members,
/// some wanting marked goods). Shapes pick members by bit masks, so no generator depends on another.
/// </summary>
internal static class AllocationWorlds
{
    public static readonly DateOnly Today = new(2026, 12, 7);
    public static readonly string[] Keys = ["binh hoa", "bat", "chau cay"];
    private static readonly string[] Words = ["men ran", "binh hoa", "bat", "lo gas", "men lam", "gom sanh nau"];

    private sealed record MemberShape(Guid Id, bool Active, bool Eligible, int Skills, int[] Capacity, int LastWork);
    private sealed record ProductShape(int Key, int Words, int Makers, int Multiple);
    private sealed record LineShape(int Product, int Quantity, int KeptPercent, int Excluded, int Marked);
    private sealed record CommitShape(int Member, int Key, int From, int Days, int Quantity);

    private static readonly Gen<MemberShape> Members = Gen.Select(Gen.Guid, Gen.Int[0, 9], Gen.Int[0, 9], Gen.Int[0, 63],
            Gen.Frequency((1, Gen.Const(0)), (4, Gen.Int[0, 3000])).Array[3], Gen.Int[-1, 300])
        .Select((id, active, eligible, skills, capacity, last) => new MemberShape(id, active > 0, eligible > 1, skills, capacity, last));

    private static readonly Gen<ProductShape> Products = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 63], Gen.Int[0, 32767], Gen.Int[0, 5].Select(i => new[] { 1, 1, 5, 6, 12, 24 }[i]))
        .Select((key, words, makers, multiple) => new ProductShape(key, words, makers, multiple));

    private static readonly Gen<LineShape> Lines = Gen.Select(Gen.Int[0, 2], Gen.Int[1, 20_000],
            Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[0, 100])), Gen.Frequency((2, Gen.Const(0)), (1, Gen.Int[0, 32767])),
            Gen.Frequency((3, Gen.Const(-1)), (1, Gen.Int[0, 32767])))
        .Select((product, quantity, kept, excluded, marked) => new LineShape(product, quantity, kept, excluded, marked));

    private static readonly Gen<CommitShape> Commitments = Gen.Select(Gen.Int[0, 14], Gen.Int[0, 2], Gen.Int[-60, 200], Gen.Int[0, 120], Gen.Int[1, 5000])
        .Select((member, key, from, days, quantity) => new CommitShape(member, key, from, days, quantity));

    public static readonly Gen<AllocationInput> Inputs = Gen.Select(Members.List[1, 15], Products.List[1, 3], Lines.List[1, 6], Commitments.List[0, 12],
            Gen.Int[-5, 200], Gen.Int[500, 10_000], Gen.Guid)
        .Select((members, products, lines, commitments, due, cap, inquiry) => Build(members, products, lines, commitments, due, cap, inquiry));

    private static AllocationInput Build(List<MemberShape> members, List<ProductShape> products, List<LineShape> lines,
        List<CommitShape> commitments, int due, int cap, Guid inquiry)
    {
        List<MemberId> Pick(int mask) => [.. members.Where((_, i) => (mask & (1 << i)) != 0).Select(m => new MemberId(m.Id))];
        var candidates = members.Select((m, i) => new Candidate(new MemberId(m.Id), $"Hộ {i}", m.Active, m.Eligible,
                [.. Words.Where((_, w) => (m.Skills & (1 << w)) != 0)],
                Keys.Select((k, c) => (k, m.Capacity[c])).Where(x => x.Item2 > 0).ToDictionary(x => x.k, x => x.Item2),
                m.LastWork < 0 ? null : Today.AddDays(-m.LastWork)))
            .ToList();
        var productFacts = products.Select((p, i) => new ProductFacts(new ProductId(new Guid(i + 1, 0, 0, new byte[8])), Keys[p.Key],
            [.. Words.Where((_, w) => (p.Words & (1 << w)) != 0)], Pick(p.Makers), p.Multiple)).ToList();
        var lineRequests = lines.Select((l, i) =>
        {
            var product = productFacts[l.Product % productFacts.Count];
            return new LineRequest(new InquiryLineId(new Guid(0, (short)(i + 1), 0, new byte[8])), product.Id, l.Quantity, l.Quantity * l.KeptPercent / 100,
                Pick(l.Excluded).ToHashSet(), l.Marked < 0 ? null : Pick(l.Marked).ToHashSet());
        }).ToList();
        var committed = commitments.Where(c => c.Member < members.Count)
            .Select(c => new CommittedWork(new MemberId(members[c.Member].Id), Keys[c.Key], Today.AddDays(c.From), Today.AddDays(c.From + c.Days), c.Quantity))
            .ToList();
        return new AllocationInput(new InquiryId(inquiry), Today, Today.AddDays(due), cap, lineRequests, candidates, productFacts, committed);
    }
}
