using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;

namespace CraftMarket.Identity.Tests;

/// <summary>A phone account signs in by texted code, so Identity takes the numbers Members takes: Vietnamese mobiles.</summary>
public sealed class PhoneRuleTests(PhoneRuleTests.App app) : IClassFixture<PhoneRuleTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    [Theory]
    [InlineData("024 3826 1234")]     // Hanoi landline
    [InlineData("+84 28 3829 5555")]  // Ho Chi Minh City landline
    [InlineData("+81 90 1234 5678")]  // Japanese mobile
    public async Task A_number_that_cannot_receive_a_Vietnamese_text_is_refused(string phone)
    {
        var response = await app.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone });
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("phone");
    }

    [Theory]
    [InlineData("0912 345 678")]
    [InlineData("+84 386 123 456")]
    public async Task A_Vietnamese_mobile_is_accepted(string phone) =>
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
}
