using System.Text.Json;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// Bat Trang's trade records for the security walks, from the demo: the Japanese buyer's quoted
/// inquiry (number and id), its open quote version, and an offer (a member's share) of the inquiry
/// being allocated. Routes under /inquiries/{id}, /quotes/{id} and /offers/{id}, API and pages, get
/// these real ids. The inquiry belongs to buyer@homeware.example, so the walks' own buyer
/// (buyer@decor.example) is as much a stranger to it as Van Phuc's staff and households.
/// </summary>
internal sealed record InquiryCanaries(string InquiryId, string InquiryNumber, string QuoteId, string OfferId)
{
    public const string Owner = "buyer@homeware.example";

    public static async Task<InquiryCanaries> PlantAsync(HttpClient admin)
    {
        var inbox = JsonDocument.Parse(await admin.GetStringAsync("/api/inquiries?status=all&pageSize=100")).RootElement.GetProperty("items");
        JsonElement Demo(string status) => inbox.EnumerateArray().First(i =>
            i.GetProperty("status").GetString() == status && i.GetProperty("buyer").GetProperty("company").GetString() == "Homeware Trading KK");
        JsonElement Any(string status) => inbox.EnumerateArray().First(i => i.GetProperty("status").GetString() == status);
        var quoted = Demo("Quoted");
        var id = quoted.GetProperty("id").GetString()!;
        var quotes = JsonDocument.Parse(await admin.GetStringAsync($"/api/inquiries/{id}/quotes")).RootElement;
        var quote = quotes.EnumerateArray().First(q => q.GetProperty("status").GetString() == "Sent").GetProperty("id").GetString()!;
        var allocating = Any("Allocating").GetProperty("id").GetString()!;
        var offers = JsonDocument.Parse(await admin.GetStringAsync($"/api/inquiries/{allocating}/offers")).RootElement.GetProperty("offers");
        var offer = offers.EnumerateArray().First().GetProperty("shareId").GetString()!;
        return new InquiryCanaries(id, quoted.GetProperty("number").GetString()!, quote, offer);
    }

    public IEnumerable<string> Secrets => [InquiryId, InquiryNumber, QuoteId, OfferId];

    public string? ValueFor(string route, string parameter)
    {
        if (!string.Equals(parameter, "id", StringComparison.OrdinalIgnoreCase)) return null;
        // "/admin/inquiries/{id}/quotes" names the inquiry: the id follows "inquiries/".
        return route.Contains("inquiries/{id", StringComparison.OrdinalIgnoreCase) ? InquiryId
            : route.Contains("quotes/{id", StringComparison.OrdinalIgnoreCase) ? QuoteId
            : route.Contains("offers/{id", StringComparison.OrdinalIgnoreCase) ? OfferId
            : null;
    }

    /// <summary>Afterwards: the quoted inquiry is still quoted with its open version (no foreign call accepted, declined or withdrew it).</summary>
    public async Task ShouldBeUntouchedAsync(HttpClient admin)
    {
        var inquiry = JsonDocument.Parse(await admin.GetStringAsync($"/api/inquiries/{InquiryId}")).RootElement;
        inquiry.GetProperty("status").GetString().ShouldBe("Quoted");
        var quote = JsonDocument.Parse(await admin.GetStringAsync($"/api/quotes/{QuoteId}")).RootElement;
        quote.GetProperty("status").GetString().ShouldBe("Sent");
    }
}
