using BenchmarkDotNet.Attributes;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Allocation.Engine;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Benchmarks;

/// <summary>
/// The allocation engine on Bat Trang's size (issue 14: "a 20-line inquiry over Bat Trang's 1,172
/// households proposed in well under 100 ms"): 1,172 generated households with the village's crafts
/// and equipment, capacities in two to four of its eight categories, a third of them with recent work,
/// 2,500 commitments overlapping the window, and 20 lines over 20 products with one to three makers.
/// Measures the engine alone (the capacity read is a handful of queries before it).
/// Run: dotnet run -c Release --project tests/CraftMarket.Benchmarks -- --filter '*Allocation*' --inProcess
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private const int Households = 1_172;
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly string[] Categories = ["binh hoa", "chau cay", "tuong san vuon", "bo am chen", "bat", "dia", "coc", "lo hoa"];
    private static readonly string[] Techniques = ["men ran", "ve lam duoi men", "men ngoc", "men nau", "men hoa bien"];
    private static readonly string[] Equipment = ["lo gas", "lo dien", "ban xoay", "lo hop"];
    private AllocationInput input = null!;

    /// <summary>3,000 (the crackle-glaze bowls) or 300,000 pieces a line: more than the village can make, so every household of the category is used.</summary>
    [Params(3_000, 300_000)]
    public int PiecesPerLine { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1172);
        var members = Enumerable.Range(0, Households).Select(i =>
        {
            var crafts = Categories.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).ToList();
            var skills = crafts.Concat(Techniques.OrderBy(_ => random.Next()).Take(random.Next(1, 3))).Concat(Equipment.OrderBy(_ => random.Next()).Take(random.Next(1, 3)));
            return new Candidate(new MemberId(Guid.CreateVersion7()), $"Hộ gốm {i}", random.Next(50) > 0, random.Next(10) > 0, [.. skills],
                crafts.ToDictionary(c => c, _ => random.Next(2, 40) * 50),
                random.Next(3) == 0 ? Today.AddDays(-random.Next(1, 400)) : null);
        }).ToList();
        var products = Enumerable.Range(0, 20).Select(i => new ProductFacts(new ProductId(Guid.CreateVersion7()), Categories[i % Categories.Length],
            [Categories[i % Categories.Length], Techniques[i % Techniques.Length], "gom sanh trang"],
            [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => members[random.Next(Households)].Id)], new[] { 1, 6, 12, 24 }[i % 4])).ToList();
        var committed = Enumerable.Range(0, 2_500).Select(_ =>
        {
            var from = Today.AddDays(random.Next(-60, 90));
            return new CommittedWork(members[random.Next(Households)].Id, Categories[random.Next(Categories.Length)], from, from.AddDays(random.Next(20, 120)), random.Next(1, 40) * 25);
        }).ToList();
        // Every third line is not whole cases, so the remainder is placed too.
        var lines = products.Select((p, i) => new LineRequest(new InquiryLineId(Guid.CreateVersion7()), p.Id,
            PiecesPerLine / p.OrderMultiple * p.OrderMultiple + (i % 3 == 0 ? 7 : 0), 0, new HashSet<MemberId>(), null)).ToList();
        input = new AllocationInput(new InquiryId(Guid.CreateVersion7()), Today, Today.AddDays(100), 4000, lines, members, products, committed);
    }

    [Benchmark]
    public int ProposeTwentyLines()
    {
        var proposal = AllocationEngine.Propose(input);
        return proposal.Lines.Sum(l => l.Shares.Count + l.Uncovered);
    }
}
