using System.Net;
using System.Net.Http.Json;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Features.Ledger;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Tests.Ledger;

/// <summary>Paying households: never above what is owed, after the balance when the association says so, texted once, and read by the household itself only.</summary>
[Collection(OrdersCollection.Name)]
public sealed class PayoutTests(OrdersApp app)
{
    private const string Village = "bat-trang";
    // 150 accepted pieces at 120 000 ₫, less the default 3 % fee.
    private const long Gross = 150 * 120_000, Fee = Gross * 3 / 100, Net = Gross - Fee;

    [Fact]
    public async Task A_payout_above_what_is_owed_is_refused_with_the_owed_amount_and_one_within_it_is_posted_and_texted_once()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var household = given.Households[0];
        await LedgerGiven.AcceptedAsync(app, given, household, 150);
        var desk = await app.ExportDesk(Village);

        var above = await desk.PayAsync(household.MemberId, Net + 1);
        above.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await above.LedgerJson();
        problem.GetProperty("owedDong").GetInt64().ShouldBe(Net);
        problem.GetProperty("code").GetString().ShouldBe("payout.above-owed");

        (await desk.PayAsync(household.MemberId, 1_000_000, "BankTransfer", reference: null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await desk.PayAsync(household.MemberId, 0)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var paid = await desk.PayAsync(household.MemberId, 2_400_000, "BankTransfer", "VCB-778899");
        paid.StatusCode.ShouldBe(HttpStatusCode.Created, await paid.Content.ReadAsStringAsync());

        var ledger = await (await desk.GetAsync($"/api/ledger/members/{household.MemberId}")).LedgerJson();
        ledger.GetProperty("earnedGrossDong").GetInt64().ShouldBe(Gross);
        ledger.GetProperty("feesDong").GetInt64().ShouldBe(Fee);
        ledger.GetProperty("paidDong").GetInt64().ShouldBe(2_400_000);
        ledger.GetProperty("owedDong").GetInt64().ShouldBe(Net - 2_400_000);
        var work = ledger.GetProperty("workOrders")[0];
        work.GetProperty("acceptedQuantity").GetInt32().ShouldBe(150);
        work.GetProperty("buyerUnitPrice").GetString().ShouldBe("US$8.40");
        work.GetProperty("buyerUnitPriceDong").GetInt64().ShouldBe(210_000);
        ledger.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ShouldBe(["WorkAccepted", "Payout"]);

        // Text once, in Vietnamese, with the reference and what is still owed.
        var texts = await LedgerGiven.EventuallyAsync(() => Task.FromResult(PaidTexts(household.Phone)), t => t.Count >= 1, "the payout is texted");
        texts.ShouldHaveSingleItem().ShouldBe($"Hội đã trả bạn 2.400.000 ₫ (chuyển khoản, mã VCB-778899). Còn nợ bạn: {Dong(Net - 2_400_000)}.");

        // A redelivered event texts no one twice.
        var again = new MemberPaid(Guid.CreateVersion7(), app.TenantIdOf(Village), PayoutId.New(), new MemberId(household.MemberId),
            new SharedKernel.Monetary.Money(1, SharedKernel.Monetary.Currency.VND), PayoutMethod.Cash, new DateOnly(2026, 12, 7), DateTimeOffset.UtcNow);
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.ScopeFor(Village);
            await ActivatorUtilities.CreateInstance<MemberPaidText>(scope.ServiceProvider).Handle(again, CancellationToken.None);
        }
        PaidTexts(household.Phone).Count.ShouldBe(2);
    }

    [Fact]
    public async Task After_balance_only_what_was_earned_on_orders_whose_balance_is_in_may_be_paid()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var household = given.Households[0];
        await LedgerGiven.AcceptedAsync(app, given, household, 150);
        var desk = await app.ExportDesk(Village);
        await using (await LedgerGiven.SettingsAsync(app, Village, PayoutTiming.AfterBalance, SurplusPolicy.ShareWithProducers))
        {
            await LedgerGiven.PaidAsync(app, given, given.DepositMinor);
            var refused = await desk.PayAsync(household.MemberId, 1_000_000);
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            var problem = await refused.LedgerJson();
            problem.GetProperty("code").GetString().ShouldBe("payout.balance-unpaid");
            problem.GetProperty("payableNowDong").GetInt64().ShouldBe(0);
            problem.GetProperty("owedDong").GetInt64().ShouldBe(Net);

            await LedgerGiven.PaidAsync(app, given, given.TotalMinor - given.DepositMinor);
            (await desk.PayAsync(household.MemberId, Net)).StatusCode.ShouldBe(HttpStatusCode.Created);
            (await desk.PayAsync(household.MemberId, 1)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        }
        // Paid as soon as inspected (the default): the same household on a new unpaid order may be paid at once.
        var next = await OrderGiven.PlacedAsync(app, Village, given.BuyerUserId, households: 1);
        await LedgerGiven.AcceptedAsync(app, next, next.Households[0], 10);
        (await desk.PayAsync(next.Households[0].MemberId, 500_000)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_household_reads_its_own_ledger_and_another_households_is_not_found()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 2);
        var (mine, theirs) = (given.Households[0], given.Households[1]);
        await LedgerGiven.AcceptedAsync(app, given, mine, 40);
        var phone = await app.Producer(Village, mine.Phone);

        var own = await phone.GetAsync($"/api/ledger/members/{mine.MemberId}");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.LedgerJson()).GetProperty("earnedGrossDong").GetInt64().ShouldBe(40 * 120_000);
        (await phone.GetAsync($"/api/ledger/members/{theirs.MemberId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await phone.PayAsync(mine.MemberId, 1)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var buyer = await app.Buyer(Village);
        ((int)(await buyer.GetAsync($"/api/ledger/members/{mine.MemberId}")).StatusCode).ShouldBeOneOf(403, 404);
        // Another association's desk does not find the household.
        (await (await app.ExportDesk("van-phuc")).GetAsync($"/api/ledger/members/{mine.MemberId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ExportDesk("van-phuc")).PayAsync(mine.MemberId, 1)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private List<string> PaidTexts(string phone) => [.. app.Texts.To(phone).Where(t => t.StartsWith("Hội đã trả bạn", StringComparison.Ordinal))];

    private static string Dong(long dong) => new SharedKernel.Monetary.Money(dong, SharedKernel.Monetary.Currency.VND).Format(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
