using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Testing;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

/// <summary>
/// The review's finding: a removed producer kept browser access until the cookie's next security-stamp
/// check (30 minutes). Deactivation or a new phone must end the page session on the very next request.
/// </summary>
public sealed partial class PageSessionRevocationTests(PageSessionRevocationTests.App app) : IClassFixture<PageSessionRevocationTests.App>
{
    public sealed class App() : IdentityApp();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();

    [Fact]
    public async Task A_deactivated_producer_is_refused_on_the_next_page_request()
    {
        var (tenant, member, phone) = await InvitedProducerAsync();
        var browser = await SignedInOnThePhonePageAsync(phone);

        await DeliverAsync(new MemberDeactivated(Guid.NewGuid(), tenant, member));

        await ShouldBeSentToLoginAsync(browser);
    }

    [Fact]
    public async Task A_producer_whose_phone_changed_is_refused_on_the_next_page_request()
    {
        var (tenant, member, phone) = await InvitedProducerAsync();
        var browser = await SignedInOnThePhonePageAsync(phone);

        await DeliverAsync(new MemberChanged(Guid.NewGuid(), tenant, member, Api.UniquePhone(), "vi", "Hộ gốm Phạm"));

        await ShouldBeSentToLoginAsync(browser);
    }

    [Fact]
    public async Task A_change_that_keeps_the_phone_keeps_the_page_session()
    {
        var (tenant, member, phone) = await InvitedProducerAsync();
        var browser = await SignedInOnThePhonePageAsync(phone);

        await DeliverAsync(new MemberChanged(Guid.NewGuid(), tenant, member, phone, "vi", "Hộ gốm Phạm (tên mới)"));

        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task ShouldBeSentToLoginAsync(HttpClient browser)
    {
        var next = await browser.GetAsync("/account/me");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the page session ended with the access");
        next.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    private async Task<(CraftMarket.SharedKernel.Tenancy.TenantId, MemberId, string)> InvitedProducerAsync()
    {
        var tenant = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug("bat-trang")!.Id;
        var member = MemberId.New();
        var phone = Api.UniquePhone();
        await DeliverAsync(new MemberInvited(Guid.NewGuid(), tenant, member, "Hộ gốm Phạm", "Phạm Văn An", phone, "vi"));
        return (tenant, member, phone);
    }

    private async Task<HttpClient> SignedInOnThePhonePageAsync(string phone)
    {
        var browser = app.ClientFor("bat-trang");
        var local = "0" + phone[3..];
        var sent = await browser.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Phone"] = local }, "/account/phone?handler=Send");
        var codeForm = await sent.Content.ReadAsStringAsync();
        var sms = await app.WaitForMessageAsync(m => m.To == phone && Code().IsMatch(m.Body) && !m.Body.Contains("/account/phone", StringComparison.Ordinal));
        var verified = await browser.PostFormAsync("/account/phone?handler=Verify",
            new Dictionary<string, string> { ["Phone"] = local, ["Code"] = Code().Match(sms.Body).Value }, Forms.Antiforgery(codeForm));
        verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "signed in with the cookie");
        return browser;
    }

    private Task DeliverAsync<TEvent>(TEvent @event) where TEvent : IIntegrationEvent => EventDelivery.DeliverAsync(app.Services, @event);
}
