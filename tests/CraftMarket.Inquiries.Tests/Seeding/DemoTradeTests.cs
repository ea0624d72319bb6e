using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Seeding;
using CraftMarket.Inquiries.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Tests.Seeding;

/// <summary>The README's walk-through relies on these: every status in every village, answered offers, quote versions.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class DemoTradeTests(InquiriesApp app)
{
    public static TheoryData<string> Villages => [.. InquiriesDemoSeeder.Villages];

    [Theory]
    [MemberData(nameof(Villages))]
    public async Task Each_village_has_a_demo_inquiry_in_every_status_from_the_demo_buyers(string slug)
    {
        await using var scope = app.ScopeFor(slug);
        var db = InquiriesSite.Db(scope);
        var demo = await db.Inquiries.AsNoTracking()
            .Where(i => i.Buyer.Email == DemoBuyers.Homeware || i.Buyer.Email == DemoBuyers.Decor).ToListAsync();
        foreach (var status in Enum.GetValues<InquiryStatus>())
            demo.ShouldContain(i => i.Status == status, $"no demo inquiry is {status} in {slug}");
        var prefix = slug == "bat-trang" ? "BT-" : slug == "van-phuc" ? "VP-" : "DK-";
        demo.ShouldContain(i => i.Number.StartsWith(prefix, StringComparison.Ordinal), "numbers carry the village's initials");
    }

    [Theory]
    [MemberData(nameof(Villages))]
    public async Task Offers_were_answered_by_households_and_the_quoted_inquiry_has_a_superseded_and_an_open_version(string slug)
    {
        await using var scope = app.ScopeFor(slug);
        var db = InquiriesSite.Db(scope);
        var allocating = await db.Inquiries.AsNoTracking().FirstAsync(i => i.Status == InquiryStatus.Allocating && i.Buyer.Email.EndsWith(".example"));
        var answers = await db.Shares.AsNoTracking().Where(s => s.InquiryId == allocating.Id).Select(s => s.Status).ToListAsync();
        answers.ShouldBe([ShareStatus.Accepted, ShareStatus.Declined, ShareStatus.Countered], ignoreOrder: true);

        var quoted = await db.Inquiries.AsNoTracking().FirstAsync(i => i.Status == InquiryStatus.Quoted && i.Buyer.Email.EndsWith(".example"));
        var versions = await db.Quotes.AsNoTracking().Where(q => q.InquiryId == quoted.Id).OrderBy(q => q.Version).ToListAsync();
        versions.Select(q => q.Status).ShouldBe([QuoteStatus.Superseded, QuoteStatus.Sent]);
        versions[1].IsAcceptableAt(DateTimeOffset.UtcNow).ShouldBeTrue();
        versions.ShouldAllBe(q => q.TotalMinor == q.Lines.Sum(l => l.LineTotalMinor));

        var accepted = await db.Inquiries.AsNoTracking().FirstAsync(i => i.Status == InquiryStatus.Accepted && i.Buyer.Email.EndsWith(".example"));
        var acceptedShares = await db.Shares.AsNoTracking().Where(s => s.InquiryId == accepted.Id).ToListAsync();
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.SourceKind == "quote").ToListAsync();
        acceptedShares.ShouldAllBe(s => commitments.Any(c => c.SourceId == s.Id.Value && c.Quantity == s.Quantity));
        acceptedShares.Sum(s => s.Quantity).ShouldBe(accepted.Lines.Sum(l => l.Quantity));
    }
}
