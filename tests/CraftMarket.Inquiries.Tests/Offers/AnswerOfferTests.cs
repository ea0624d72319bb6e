using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;

namespace CraftMarket.Inquiries.Tests.Offers;

[Collection(InquiriesCollection.Name)]
public sealed class AnswerOfferTests(InquiriesApp app)
{
    private const string Village = OffersGiven.Village;

    [Fact]
    public async Task A_household_accepts_once_and_a_second_answer_is_a_conflict()
    {
        var (household, share) = await OfferedAsync(300);
        var phone = await app.Producer(Village, household.Phone);

        (await phone.PostAsync($"/api/offers/{share}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var stored = await OffersGiven.ReadShareAsync(app, share);
        stored.Status.ShouldBe(ShareStatus.Accepted);
        stored.AnsweredAt.ShouldNotBeNull();

        var twice = await phone.PostAsJsonAsync($"/api/offers/{share}/decline", new { reason = "đổi ý" });
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await twice.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("offer_answered");
        problem.GetProperty("detail").GetString().ShouldBe("You have already answered this offer.");
        (await OffersGiven.ReadShareAsync(app, share)).Status.ShouldBe(ShareStatus.Accepted);
    }

    [Fact]
    public async Task A_household_declines_with_a_reason_the_desk_reads()
    {
        var (household, share, inquiry) = await OfferedWithInquiryAsync(300);
        var phone = await app.Producer(Village, household.Phone);

        (await phone.PostAsJsonAsync($"/api/offers/{share}/decline", new { reason = "Lò đang sửa" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var desk = await (await app.ExportDesk(Village)).GetFromJsonAsync<JsonElement>($"/api/inquiries/{inquiry.Id}/offers");
        var row = desk.GetProperty("offers").EnumerateArray().Single(o => o.GetProperty("shareId").GetGuid() == share);
        row.GetProperty("status").GetString().ShouldBe("Declined");
        row.GetProperty("answerNote").GetString().ShouldBe("Lò đang sửa");
        row.GetProperty("memberName").GetString().ShouldBe("Hộ gốm Thử Nghiệm");
        row.GetProperty("answeredAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task A_counter_must_ask_for_fewer_pieces_or_a_later_date()
    {
        var (household, share, inquiry) = await OfferedWithInquiryAsync(300);
        var phone = await app.Producer(Village, household.Phone);
        var offered = await OffersGiven.ReadShareAsync(app, share);

        async Task<HttpResponseMessage> Counter(object body) => await phone.PostAsJsonAsync($"/api/offers/{share}/counter", body);

        var nothing = await Counter(new { note = "xin thêm" });
        nothing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await nothing.Content.ReadAsStringAsync()).ShouldContain("Give a smaller quantity or a later due date.");
        var larger = await Counter(new { quantity = 400 });
        larger.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await larger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("quantity")[0].GetString()
            .ShouldBe("The quantity must be smaller than the offered quantity.");
        (await Counter(new { quantity = 300 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var earlier = await Counter(new { dueOn = offered.DueOn.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        earlier.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await earlier.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("dueOn")[0].GetString()
            .ShouldBe("The due date must be later than the offered due date.");
        (await OffersGiven.ReadShareAsync(app, share)).Status.ShouldBe(ShareStatus.Offered);

        var later = offered.DueOn.AddDays(14);
        (await Counter(new { quantity = 200, dueOn = later.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), note = "Chỉ làm được 200" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var countered = await OffersGiven.ReadShareAsync(app, share);
        countered.Status.ShouldBe(ShareStatus.Countered);
        countered.CounterQuantity.ShouldBe(200);
        countered.CounterDueOn.ShouldBe(later);
        countered.AnswerNote.ShouldBe("Chỉ làm được 200");
        countered.Quantity.ShouldBe(300, "the desk decides; the share keeps what was offered");

        var desk = await (await app.ExportDesk(Village)).GetFromJsonAsync<JsonElement>($"/api/inquiries/{inquiry.Id}/offers");
        var row = desk.GetProperty("offers").EnumerateArray().Single(o => o.GetProperty("shareId").GetGuid() == share);
        row.GetProperty("counterQuantity").GetInt32().ShouldBe(200);
    }

    [Fact]
    public async Task Answering_after_the_deadline_or_a_withdrawn_offer_is_a_conflict()
    {
        var (household, late) = await OfferedAsync(300);
        var phone = await app.Producer(Village, household.Phone);
        await OffersGiven.ChangeShareAsync(app, late, s => s.Deadline = DateTimeOffset.UtcNow.AddMinutes(-1));

        var tooLate = await phone.PostAsync($"/api/offers/{late}/accept", null);
        tooLate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await tooLate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()
            .ShouldBeOneOf("offer_deadline_passed", "offer_withdrawn");   // the deadline job may have withdrawn it meanwhile
        (await OffersGiven.ReadShareAsync(app, late)).Status.ShouldNotBe(ShareStatus.Accepted);

        var (other, withdrawn) = await OfferedAsync(300);
        await OffersGiven.ChangeShareAsync(app, withdrawn, s => s.Status = ShareStatus.Withdrawn);
        var refused = await (await app.Producer(Village, other.Phone)).PostAsJsonAsync($"/api/offers/{withdrawn}/counter", new { quantity = 100 });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe("This offer was withdrawn by the association.");
    }

    private async Task<(GivenHousehold Household, Guid Share)> OfferedAsync(int quantity)
    {
        var (household, share, _) = await OfferedWithInquiryAsync(quantity);
        return (household, share);
    }

    private async Task<(GivenHousehold Household, Guid Share, GivenInquiry Inquiry)> OfferedWithInquiryAsync(int quantity)
    {
        var inquiry = await OffersGiven.InquiryAsync(app);
        var household = await OffersGiven.HouseholdAsync(app);
        var share = await OffersGiven.ShareAsync(app, inquiry, household, quantity);
        await OffersGiven.SendAsync(app, inquiry);
        return (household, share, inquiry);
    }
}
