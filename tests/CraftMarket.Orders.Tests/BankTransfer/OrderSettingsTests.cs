using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Tests.Support;

namespace CraftMarket.Orders.Tests.BankTransfer;

/// <summary>
/// GET/PUT /api/order-settings. Other parts' tests read this village's settings (fee, AQL, payout
/// timing): every test here puts the defaults back before it ends (the collection runs one test at a time).
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class OrderSettingsTests(OrdersApp app)
{
    private const string Village = "dong-ky";

    [Fact]
    public async Task The_admin_saves_bank_details_and_rules_and_a_stale_revision_is_refused()
    {
        var admin = await app.Admin(Village);
        var before = await admin.GetFromJsonAsync<JsonElement>("/api/order-settings");
        try
        {
            var saved = await admin.PutAsJsonAsync("/api/order-settings", Body(before.GetProperty("revision").GetInt32(), swift: "bfteVNVX", aql: "1",
                defects: ["  nứt  men ", "Nứt men", "", "chảy men"]));
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            var after = await saved.Content.ReadFromJsonAsync<JsonElement>();
            after.GetProperty("bankSwift").GetString().ShouldBe("BFTEVNVX");
            after.GetProperty("aql").GetString().ShouldBe("1.0");
            after.GetProperty("defectTypes").EnumerateArray().Select(d => d.GetString()).ShouldBe(["nứt men", "chảy men"]);
            after.GetProperty("feeBasisPoints").GetInt32().ShouldBe(250);
            after.GetProperty("payoutTiming").GetString().ShouldBe("AfterBalance");
            after.GetProperty("saved").GetBoolean().ShouldBeTrue();
            var revision = after.GetProperty("revision").GetInt32();
            revision.ShouldBe(before.GetProperty("revision").GetInt32() + 1);

            // The desk reads them (the buyer's bank details come from here) but may not change them.
            var desk = await app.ExportDesk(Village);
            (await desk.GetFromJsonAsync<JsonElement>("/api/order-settings")).GetProperty("bankAccountNumber").GetString().ShouldBe("0071 0012 34567");
            (await desk.PutAsJsonAsync("/api/order-settings", Body(revision))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

            // Someone saved meanwhile: the old revision is refused and changes nothing.
            var stale = await admin.PutAsJsonAsync("/api/order-settings", Body(revision - 1, aql: "6.5"));
            stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await admin.GetFromJsonAsync<JsonElement>("/api/order-settings")).GetProperty("aql").GetString().ShouldBe("1.0");
        }
        finally
        {
            await RestoreAsync(admin);
        }
    }

    [Fact]
    public async Task Each_wrong_value_is_named_and_nothing_is_saved()
    {
        var admin = await app.Admin(Village);
        var before = await admin.GetFromJsonAsync<JsonElement>("/api/order-settings");
        var response = await admin.PutAsJsonAsync("/api/order-settings", new
        {
            bankName = "Vietcombank", bankAccountName = "HTX Gốm", bankAccountNumber = "0071=HYPERLINK()", bankSwift = "BFTEVNVX1",
            aql = "3.0", defectTypes = Enumerable.Range(0, 31).Select(i => $"lỗi {i}").Append(new string('x', 61)).ToArray(),
            feeBasisPoints = 3001, feeFixedDong = -1, payoutTiming = "Whenever", surplusPolicy = "1",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
        errors.Keys.ShouldBe(["bankAccountNumber", "bankSwift", "aql", "defectTypes", "feeBasisPoints", "feeFixedDong", "payoutTiming", "surplusPolicy"],
            ignoreOrder: true);
        (await admin.GetFromJsonAsync<JsonElement>("/api/order-settings")).GetProperty("revision").GetInt32()
            .ShouldBe(before.GetProperty("revision").GetInt32());
    }

    internal static object Body(int revision, string swift = "BFTEVNVX", string aql = "2.5", string[]? defects = null, int fee = 250,
        string timing = "AfterBalance") => new
    {
        bankName = "Vietcombank – Hà Nội", bankAccountName = "HTX Gốm Sứ Thử", bankAccountNumber = "0071 0012 34567", bankSwift = swift,
        bankAddress = "198 Trần Quang Khải, Hoàn Kiếm, Hà Nội", aql, defectTypes = defects ?? [], feeBasisPoints = fee, feeFixedDong = 5_000,
        payoutTiming = timing, surplusPolicy = "ShareWithProducers", revision,
    };

    /// <summary>The defaults other parts' tests expect (AQL 2.5, 3% fee, no fixed fee, paid after inspection).</summary>
    internal static async Task RestoreAsync(HttpClient admin)
    {
        var response = await admin.PutAsJsonAsync("/api/order-settings", new
        {
            bankName = "", bankAccountName = "", bankAccountNumber = "", bankSwift = "", bankAddress = "", aql = "2.5", defectTypes = Array.Empty<string>(),
            feeBasisPoints = 300, feeFixedDong = 0, payoutTiming = "AfterInspection", surplusPolicy = "ShareWithProducers",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
