using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Features.Allocation;
using CraftMarket.Inquiries.Tests.Support;

namespace CraftMarket.Inquiries.Tests.Allocation;

/// <summary>
/// Households made through the admin API as the association would (invited with the product's craft
/// and a monthly capacity for its category, activated, export-eligible), and an inquiry for more than
/// the whole village can make: every eligible household then gets exactly its capacity left, whoever
/// else the shared site holds, so a test can assert on its own households alone.
/// </summary>
internal static class AllocationGiven
{
    public const string Village = "bat-trang";
    public const int Huge = 20_000_000;

    public static async Task<Guid> HouseholdAsync(InquiriesSite app, PublishedProduct product, int monthly, string name,
        bool ready = true, bool exportEligible = true, string[]? crafts = null)
    {
        var (id, _) = await app.InviteHousehold(Village, name, crafts ?? [product.Technique.GetValueOrDefault("vi") ?? product.CategoryName["vi"]],
            [(product.CategoryName["vi"], monthly)]);
        if (ready) await app.ReadyForWork(Village, id, exportEligible);
        return id;
    }

    public static async Task<GivenInquiry> HugeInquiryAsync(InquiriesSite app, int product, bool marked = false)
    {
        var chosen = await TradeGiven.PublishedProductAsync(app, Village, product);
        var multiple = Math.Max(1, chosen.OrderMultiple);
        return await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(await app.Buyer(Village)), product,
            quantity: Huge / multiple * multiple, wantsMarkedGoods: marked);
    }

    /// <summary>What a household of <paramref name="monthly"/> a month can make by the inquiry's due date, in whole cases.</summary>
    public static int CapacityInWindow(Inquiry inquiry, PublishedProduct product, int monthly)
    {
        var today = VietnamCalendar.Today(DateTimeOffset.UtcNow);
        var days = CapacityRead.DueOn(inquiry).DayNumber - today.DayNumber + 1;
        var multiple = Math.Max(1, product.OrderMultiple);
        return (int)((long)monthly * days / 30) / multiple * multiple;
    }

    public static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static JsonElement? ShareOf(JsonElement line, Guid member) =>
        line.GetProperty("shares").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(s => s!.Value.GetProperty("memberId").GetGuid() == member);

    public static Task<HttpResponseMessage> Propose(HttpClient client, Guid inquiry) => client.PostAsync($"/api/inquiries/{inquiry}/allocation", null);

    public static Task<HttpResponseMessage> Edit(HttpClient client, Guid inquiry, object body) => client.PutAsJsonAsync($"/api/inquiries/{inquiry}/allocation", body);
}
