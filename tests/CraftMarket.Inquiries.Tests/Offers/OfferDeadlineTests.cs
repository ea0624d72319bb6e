using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Features.Offers;
using CraftMarket.Inquiries.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Tests.Offers;

/// <summary>
/// The deadline job run with the instants a test chooses: one reminder at half time, withdrawal past
/// the deadline. Also on PostgreSQL: instants go through timestamptz there, text in SQLite.
/// </summary>
public abstract class OfferDeadlineTests(InquiriesSite app)
{
    [Fact]
    public async Task One_reminder_goes_at_half_time_and_an_unanswered_offer_is_withdrawn_at_its_deadline()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var household = await OffersGiven.HouseholdAsync(app);
        var share = await OffersGiven.ShareAsync(app, inquiry, household, 300);
        await OffersGiven.SendAsync(app, inquiry);
        var offered = await OffersGiven.ReadShareAsync(app, share);
        var sent = offered.OfferedAt!.Value;
        var job = app.Services.GetRequiredService<OfferDeadlines>();

        await job.RunAsync(sent.AddHours(23), CancellationToken.None);
        OffersGiven.OfferTexts(app, household).Count.ShouldBe(1, "before half time: only the offer itself");
        (await OffersGiven.ReadShareAsync(app, share)).ReminderSentAt.ShouldBeNull();

        await job.RunAsync(sent.AddHours(25), CancellationToken.None);
        var texts = OffersGiven.OfferTexts(app, household);
        texts.Count.ShouldBe(2);
        texts[1].ShouldContain("nhắc");
        texts[1].ShouldContain($"/account/offers/{share}");
        texts[1].ShouldNotContain((await TradeGiven.ReadAsync(app, inquiry)).Buyer.Email);
        (await OffersGiven.ReadShareAsync(app, share)).ReminderSentAt.ShouldBe(sent.AddHours(25));

        await job.RunAsync(sent.AddHours(40), CancellationToken.None);
        OffersGiven.OfferTexts(app, household).Count.ShouldBe(2, "one reminder, at most");
        (await OffersGiven.ReadShareAsync(app, share)).Status.ShouldBe(ShareStatus.Offered);

        await job.RunAsync(sent.AddHours(48), CancellationToken.None);
        var expired = await OffersGiven.ReadShareAsync(app, share);
        expired.Status.ShouldBe(ShareStatus.Withdrawn);
        expired.AnswerNote.ShouldBe("hết hạn");
        OffersGiven.OfferTexts(app, household).Count.ShouldBe(2);
        (await TradeGiven.ReadAsync(app, inquiry)).Status.ShouldBe(InquiryStatus.Allocating, "the buyer hears nothing of an expired offer");
    }

    [Fact]
    public async Task An_answered_offer_is_neither_reminded_nor_withdrawn()
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var household = await OffersGiven.HouseholdAsync(app);
        var share = await OffersGiven.ShareAsync(app, inquiry, household, 300);
        await OffersGiven.SendAsync(app, inquiry);
        var sent = (await OffersGiven.ReadShareAsync(app, share)).OfferedAt!.Value;
        (await (await app.Producer(OffersGiven.Village, household.Phone)).PostAsync($"/api/offers/{share}/accept", null)).EnsureSuccessStatusCode();

        var job = app.Services.GetRequiredService<OfferDeadlines>();
        await job.RunAsync(sent.AddHours(30), CancellationToken.None);
        await job.RunAsync(sent.AddHours(60), CancellationToken.None);

        var stored = await OffersGiven.ReadShareAsync(app, share);
        stored.Status.ShouldBe(ShareStatus.Accepted);
        stored.ReminderSentAt.ShouldBeNull();
        OffersGiven.OfferTexts(app, household).Count.ShouldBe(1);
    }
}

[Collection(InquiriesCollection.Name)]
public sealed class SqliteOfferDeadlineTests(InquiriesApp app) : OfferDeadlineTests(app);

[Collection(PostgresInquiriesCollection.Name)]
public sealed class PostgresOfferDeadlineTests(PostgresInquiriesApp app) : OfferDeadlineTests(app);
