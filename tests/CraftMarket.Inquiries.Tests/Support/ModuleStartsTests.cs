using CraftMarket.Inquiries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Tests.Support;

[Collection(InquiriesCollection.Name)]
public sealed class ModuleStartsTests(InquiriesApp app)
{
    [Fact]
    public async Task A_given_inquiry_is_stored_with_its_line_for_its_village_only()
    {
        var buyer = await app.Buyer("bat-trang");
        var given = await TradeGiven.InquiryAsync(app, "bat-trang", await InquiriesSite.UserIdOf(buyer));

        var stored = await TradeGiven.ReadAsync(app, given);
        stored.Lines.Single().Quantity.ShouldBe(given.Quantity);
        stored.Buyer.UserId.ShouldBe(given.BuyerUserId);

        await using var other = app.ScopeFor("van-phuc");
        (await InquiriesSite.Db(other).Inquiries.AnyAsync(i => i.Id == new InquiryId(given.Id))).ShouldBeFalse();
    }
}
