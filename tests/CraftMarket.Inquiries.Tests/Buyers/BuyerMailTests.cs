using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Tests.Buyers;

/// <summary>
/// The e-mails raised from <see cref="InquiryChanged"/>: to the buyer in their language, with the
/// inquiry number, the village and a link to the inquiry's page on the village's site, never an
/// internal note; to the association's export desk in Vietnamese when the buyer writes.
/// </summary>
[Collection(InquiriesCollection.Name)]
public sealed class BuyerMailTests(InquiriesApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task A_desk_message_is_mailed_to_the_buyer_in_french_without_the_internal_note()
    {
        var buyer = await app.Buyer(Village);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer, language: "fr");
        var email = await BuyersGiven.EmailOfAsync(app, given);
        var note = BuyersGiven.Marker("secret-margin");
        var said = BuyersGiven.Marker("bonjour");
        await BuyersGiven.MessageAsync(app, given, said, isInternal: false, change: InquiryChange.DeskMessage, thenNote: note);

        var mail = await DevMail.WaitForAsync(app, email, m => m.Subject?.Contains(given.Number, StringComparison.Ordinal) == true);
        mail.Subject.ShouldBe($"Nouveau message au sujet de la demande {given.Number} (Bat Trang Ceramics Association)");
        mail.Body.ShouldContain(said);
        mail.Body.ShouldContain("Le service export de Bat Trang Ceramics Association vous a écrit");
        mail.Body.ShouldNotContain(note);
        // Bat Trang's site has no French: the link opens the page in the buyer's negotiated language.
        mail.Body.ShouldContain($"http://bat-trang.localhost/account/inquiries/{given.Id}");
    }

    [Fact]
    public async Task Receipt_status_and_quote_mails_are_in_japanese_with_a_link_in_japanese()
    {
        var buyer = await app.Buyer(Village);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer, language: "ja");
        var email = await BuyersGiven.EmailOfAsync(app, given);
        await Announce(given, InquiryChange.Submitted);
        var receipt = await DevMail.WaitForAsync(app, email, m => m.Subject?.Contains(given.Number, StringComparison.Ordinal) == true);
        receipt.Subject.ShouldBe($"お問い合わせ {given.Number} を受け付けました（Bat Trang Ceramics Association）");
        receipt.Body.ShouldContain($"http://bat-trang.localhost/ja/account/inquiries/{given.Id}");

        await BuyersGiven.QuoteAsync(app, given, 1, 1_234_500, announce: true);
        var quoted = await DevMail.WaitForAsync(app, email, m => m.Subject?.Contains("第1版", StringComparison.Ordinal) == true);
        quoted.Subject!.ShouldContain(given.Number);
        quoted.Body.ShouldContain("12,345.00");

        await Announce(given, InquiryChange.StatusChanged, InquiryStatus.Declined);
        var declined = await DevMail.WaitForAsync(app, email, m => m.Subject?.Contains("お断り", StringComparison.Ordinal) == true);
        declined.Body.ShouldContain("組合はこのご依頼をお受けできません");
    }

    [Fact]
    public async Task A_buyer_message_tells_the_export_desk_in_vietnamese_and_mails_the_buyer_nothing()
    {
        var buyer = await app.Buyer(Village);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer);
        var email = await BuyersGiven.EmailOfAsync(app, given);
        var asked = BuyersGiven.Marker("can-you-glaze");
        await BuyersGiven.MessageAsync(app, given, asked, isInternal: false, author: MessageAuthor.Buyer, change: InquiryChange.BuyerMessage);

        var desk = await DevMail.WaitForAsync(app, "export@battrang.example", m => m.Body.Contains(asked, StringComparison.Ordinal));
        desk.Subject.ShouldBe($"Tin nhắn mới của người mua về yêu cầu {given.Number}");
        desk.Body.ShouldContain($"/admin/inquiries/{given.Id}");
        await app.WaitForOutboxesAsync();
        (await DevMail.AllAsync(app, email, _ => true)).ShouldBeEmpty();
    }

    [Fact]
    public async Task One_event_delivered_twice_sends_one_mail()
    {
        var buyer = await app.Buyer(Village);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer, language: "vi");
        var email = await BuyersGiven.EmailOfAsync(app, given);
        var e = new InquiryChanged(Guid.CreateVersion7(), app.TenantIdOf(Village), new InquiryId(given.Id), InquiryChange.StatusChanged,
            InquiryStatus.Allocating, null, InquirySource.Village, DateTimeOffset.UtcNow);
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.ScopeFor(Village);
            var mailer = scope.ServiceProvider.GetServices<IIntegrationEventHandler<InquiryChanged>>().OfType<Features.Buyers.InquiryChangedMailer>().Single();
            await mailer.Handle(e, CancellationToken.None);
        }
        var mails = await DevMail.AllAsync(app, email, m => m.Subject?.Contains(given.Number, StringComparison.Ordinal) == true);
        mails.Count.ShouldBe(1);
        mails[0].Subject.ShouldBe($"Yêu cầu {given.Number} (Hiệp hội Gốm sứ Bát Tràng): Đang chuẩn bị");
    }

    private async Task Announce(GivenInquiry given, InquiryChange change, InquiryStatus? status = null)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = InquiriesSite.Db(scope);
        var inquiry = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Inquiries, i => i.Id == new InquiryId(given.Id));
        if (status is { } s) inquiry.Status = s;
        inquiry.Touch(DateTimeOffset.UtcNow);
        db.Changed(inquiry, change, TimeProvider.System);
        await db.SaveChangesAsync();
    }
}
