using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Notifications.Contracts;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Centre;
using CraftMarket.Notifications.Tests.Support;
using CraftMarket.Orders.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Tests.Centre;

/// <summary>The centre on the real site: events in, notifications and deliveries out, by preference, with retries, quiet hours, digests and tenants kept apart.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class CentreEndToEndTests(NotificationsApp app)
{
    [Fact]
    public async Task A_buyers_inquiry_tells_the_export_desk_by_e_mail_and_in_app_and_nobody_else()
    {
        var buyer = await app.Buyer("bat-trang");
        var response = await buyer.PostAsJsonAsync("/api/inquiries", await CentreGiven.InquiryBodyAsync(app, "bat-trang"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var inquiry = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var desk = await NotificationsSite.UserIdOf(await app.ExportDesk("bat-trang"));
        var admin = await NotificationsSite.UserIdOf(await app.Admin("bat-trang"));

        var mail = await DevMail.WaitForAsync(app, "export@bat-trang.craftmarket.local", m => m.Body.Contains($"/admin/inquiries/{inquiry}", StringComparison.Ordinal));
        mail.Subject.ShouldBe("Yêu cầu báo giá mới");
        mail.Body.ShouldContain("Một người mua vừa gửi yêu cầu báo giá");
        mail.Body.ShouldNotContain(TradeBuyers.Homeware);

        await app.WaitForOutboxesAsync();
        var told = (await AllAboutAsync("bat-trang", n => n.Link == $"/admin/inquiries/{inquiry}"));
        var (notification, deliveries) = told.ShouldHaveSingleItem();
        notification.RecipientUserId.ShouldBe(desk);
        notification.RecipientUserId.ShouldNotBe(admin);
        notification.Audience.ShouldBe(Audience.Staff);
        notification.Category.ShouldBe("inquiry.submitted");
        notification.Language.ShouldBe("vi");
        notification.ReadAt.ShouldBeNull();
        deliveries.Select(d => (d.Channel, d.Status)).ShouldBe([(Channel.InApp, DeliveryStatus.Sent), (Channel.Email, DeliveryStatus.Sent)]);
        deliveries[1].Address.ShouldBe("export@bat-trang.craftmarket.local");
        deliveries[1].Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task A_households_work_order_is_told_in_app_to_that_member_only_and_never_texted_again()
    {
        var (member, phone) = await app.InviteHousehold("bat-trang", "Hộ gốm Thông Báo");
        var (other, otherPhone) = await app.InviteHousehold("bat-trang", "Hộ gốm Bên Cạnh");
        await app.Texts.WaitForCount(phone, 1);
        var before = app.Texts.To(phone).Count;
        var e = new WorkOrderChanged(Guid.NewGuid(), app.TenantIdOf("bat-trang"), new WorkOrderId(Guid.NewGuid()), new OrderId(Guid.NewGuid()),
            new MemberId(member), WorkOrderState.Assigned, 120, 0, 0, Money.Of(6_000_000, Currency.VND), new DateOnly(2027, 2, 12), DateTimeOffset.UtcNow);

        await CentreGiven.RaiseAsync(app, "bat-trang", e);
        await app.WaitForOutboxesAsync();

        var (notification, deliveries) = (await CentreGiven.ToldAsync(app, "bat-trang", e.EventId)).ShouldHaveSingleItem();
        notification.RecipientMemberId.ShouldBe(member);
        notification.RecipientMemberId.ShouldNotBe(other);
        notification.RecipientUserId.ShouldBeNull();
        notification.Audience.ShouldBe(Audience.Producer);
        notification.Title.ShouldBe("Bạn có đơn việc mới");
        notification.Body.ShouldBe("Hội giao cho bạn 120 sản phẩm, hạn 12/02/2027, tiền công 6.000.000 ₫.");
        notification.Link.ShouldBe($"/account/work-orders/{e.WorkOrderId}");
        deliveries.ShouldHaveSingleItem().Channel.ShouldBe(Channel.InApp);
        app.Texts.To(phone).Count.ShouldBe(before, "the centre never texts a household its module already texts");
        app.Texts.To(otherPhone).Count.ShouldBe(1);

        // Delivered again (a crash before the outbox marked it processed): still one notification.
        await using (var scope = app.ScopeFor("bat-trang"))
            await scope.ServiceProvider.GetServices<SharedKernel.Outbox.IIntegrationEventHandler<WorkOrderChanged>>()
                .OfType<Features.Centre.Consumers.OrderNotices>().Single().Handle(e, CancellationToken.None);
        (await CentreGiven.ToldAsync(app, "bat-trang", e.EventId)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_channel_is_retried_with_each_error_logged_then_failed_for_good()
    {
        var (member, phone) = await app.InviteHousehold("bat-trang", "Hộ gốm Mất Sóng");
        await app.Texts.WaitForCount(phone, 1);
        app.Gateway.FailFor(phone, "gateway answered 503 Service Unavailable");
        // No quiet hours for this household, so the test does not depend on the hour it runs at.
        await CentreGiven.PreferAsync(app, "bat-trang", member, "*", "Sms", quietFrom: new(0, 0), quietTo: new(0, 0));
        var e = Requested("bat-trang", member);

        await CentreGiven.RaiseAsync(app, "bat-trang", e);

        var retrying = await CentreGiven.UntilAsync(() => SmsOf("bat-trang", e.EventId), d => d is { Attempts: >= 1 }, what: "tried once");
        retrying!.LastError.ShouldBe("gateway answered 503 Service Unavailable");
        var failed = await CentreGiven.UntilAsync(() => SmsOf("bat-trang", e.EventId), d => d is { Status: DeliveryStatus.Failed }, what: "failed");
        failed!.Attempts.ShouldBe(3, "the outbox's three tries in the tests");
        failed.LastError.ShouldBe("gateway answered 503 Service Unavailable");
        failed.SentAt.ShouldBeNull();
        app.Texts.To(phone).Count.ShouldBe(1);

        var log = await (await app.Admin("bat-trang")).GetFromJsonAsync<JsonElement>("/api/notifications/deliveries?status=failed&channel=SMS");
        var line = log.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == failed.Id);
        line.GetProperty("lastError").GetString().ShouldBe("gateway answered 503 Service Unavailable");
        line.GetProperty("attempts").GetInt32().ShouldBe(3);
        line.GetProperty("status").GetString().ShouldBe("Failed");
    }

    [Fact]
    public async Task A_text_in_quiet_hours_is_held_and_goes_out_when_they_end()
    {
        var (member, phone) = await app.InviteHousehold("bat-trang", "Hộ gốm Ngủ Sớm");
        await app.Texts.WaitForCount(phone, 1);
        var now = VietnamClock.TimeOf(DateTimeOffset.UtcNow);
        await CentreGiven.PreferAsync(app, "bat-trang", member, "*", "Sms", quietFrom: now.AddHours(-1), quietTo: now.AddHours(1));
        var e = Requested("bat-trang", member);

        await CentreGiven.RaiseAsync(app, "bat-trang", e);
        await app.WaitForOutboxesAsync();

        var held = await SmsOf("bat-trang", e.EventId);
        held!.Status.ShouldBe(DeliveryStatus.Held);
        held.NextAttemptAt!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(50));
        app.Texts.To(phone).Count.ShouldBe(1);

        await app.Services.GetRequiredService<HeldDeliveries>().ReleaseDueAsync(held.NextAttemptAt.Value.AddMinutes(1), CancellationToken.None);
        await app.Texts.WaitForCount(phone, 2);
        app.Texts.To(phone)[1].ShouldBe("Lịch kiểm tra: Cán bộ sẽ đến vào sáng mai.");
        (await CentreGiven.UntilAsync(() => SmsOf("bat-trang", e.EventId), d => d is { Status: DeliveryStatus.Sent }, what: "sent")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_staff_digest_collects_the_days_e_mails_into_one()
    {
        var adminEmail = Auth.AssociationAdmin("van-phuc");
        var admin = await NotificationsSite.UserIdOf(await app.Admin("van-phuc"));
        await CentreGiven.PreferAsync(app, "van-phuc", admin, Categories.LabelBatchRevoked.Key, "Email", digest: true);
        var first = Revoked("van-phuc", "tem in mờ");
        var second = Revoked("van-phuc", "sai mã sản phẩm");

        await CentreGiven.RaiseAsync(app, "van-phuc", first);
        await CentreGiven.RaiseAsync(app, "van-phuc", second);
        await app.WaitForOutboxesAsync();

        var mine = (await CentreGiven.ToldAsync(app, "van-phuc", first.EventId)).Concat(await CentreGiven.ToldAsync(app, "van-phuc", second.EventId))
            .Where(t => t.Notification.RecipientUserId == admin).ToList();
        mine.Count.ShouldBe(2);
        var waiting = mine.Select(t => t.Deliveries.Single(d => d.Channel == Channel.Email)).ToList();
        waiting.ShouldAllBe(d => d.Status == DeliveryStatus.Digested && d.NextAttemptAt != null);
        (await DevMail.AllAsync(app, adminEmail, m => m.Body.Contains("tem in mờ", StringComparison.Ordinal))).ShouldBeEmpty();

        var made = await app.Services.GetRequiredService<DailyDigest>().SendDueAsync(waiting.Max(d => d.NextAttemptAt!.Value).AddMinutes(1), CancellationToken.None);

        made.ShouldBeGreaterThanOrEqualTo(1);
        var digest = await DevMail.WaitForAsync(app, adminEmail, m => m.Subject?.StartsWith("Tóm tắt thông báo trong ngày", StringComparison.Ordinal) == true);
        digest.Subject.ShouldBe("Tóm tắt thông báo trong ngày (2)");
        digest.Body.ShouldContain("tem in mờ");
        digest.Body.ShouldContain("sai mã sản phẩm");
        (await DevMail.AllAsync(app, adminEmail, m => m.Subject?.StartsWith("Tóm tắt", StringComparison.Ordinal) == true)).Count.ShouldBe(1);
        var after = (await CentreGiven.ToldAsync(app, "van-phuc", first.EventId)).Single(t => t.Notification.RecipientUserId == admin)
            .Deliveries.Single(d => d.Channel == Channel.Email);
        after.ProviderMessageId!.ShouldStartWith(DailyDigest.CarriedBy);
        after.NextAttemptAt.ShouldBeNull();
        (await app.Services.GetRequiredService<DailyDigest>().SendDueAsync(DateTimeOffset.UtcNow.AddDays(2), CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task Another_associations_staff_never_get_this_ones_notifications_nor_see_them_in_the_log()
    {
        var e = Revoked("bat-trang", "lô tem bị lộ mã");
        var batTrangAdmin = await NotificationsSite.UserIdOf(await app.Admin("bat-trang"));
        var vanPhucAdmin = await NotificationsSite.UserIdOf(await app.Admin("van-phuc"));

        await CentreGiven.RaiseAsync(app, "bat-trang", e);
        await app.WaitForOutboxesAsync();

        var here = await CentreGiven.ToldAsync(app, "bat-trang", e.EventId);
        here.Select(t => t.Notification.RecipientUserId).ShouldContain(batTrangAdmin);
        here.Select(t => t.Notification.RecipientUserId).ShouldNotContain(vanPhucAdmin);
        (await CentreGiven.ToldAsync(app, "van-phuc", e.EventId)).ShouldBeEmpty();
        var ids = here.SelectMany(t => t.Deliveries).Select(d => d.Id).ToHashSet();

        var theirs = await (await app.Admin("van-phuc")).GetFromJsonAsync<JsonElement>("/api/notifications/deliveries?pageSize=100");
        theirs.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(id => ids.Contains(id));
        var ours = await (await app.Admin("bat-trang")).GetFromJsonAsync<JsonElement>("/api/notifications/deliveries?channel=inapp&pageSize=100");
        ours.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id => ids.Contains(id));
    }

    [Fact]
    public async Task The_log_is_for_the_admin_and_refuses_an_unknown_filter_by_field()
    {
        (await (await app.ExportDesk("bat-trang")).GetAsync("/api/notifications/deliveries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous("bat-trang").GetAsync("/api/notifications/deliveries")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var bad = await (await app.Admin("bat-trang")).GetAsync("/api/notifications/deliveries?status=lost&channel=2");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("status")[0].GetString()!.ShouldContain("Failed");
        errors.GetProperty("channel")[0].GetString()!.ShouldContain("Sms");
    }

    [Fact]
    public async Task The_admin_page_shows_the_log_in_vietnamese_filtered()
    {
        var e = Revoked("bat-trang", "thử trang nhật ký");
        await CentreGiven.RaiseAsync(app, "bat-trang", e);
        await app.WaitForOutboxesAsync();
        var client = app.ClientFor("bat-trang");
        await client.SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var html = await client.GetStringAsync("/admin/notifications?status=Sent&channel=InApp");
        html.ShouldContain("Nhật ký gửi thông báo");
        html.ShouldContain("data-status=\"Sent\"");
        html.ShouldContain("Lô tem nhãn đã bị thu hồi");
        html.ShouldNotContain("data-status=\"Failed\"");
        html.ShouldNotContain("data-channel=\"Email\"");
    }

    private NotificationRequested Requested(string slug, Guid member) => new(Guid.NewGuid(), app.TenantIdOf(slug),
        new NotificationRecipient(MemberId: member), "notice",
        new Dictionary<string, string> { ["title"] = "Lịch kiểm tra", ["text"] = "Cán bộ sẽ đến vào sáng mai." }, "/account/work-orders", DateTimeOffset.UtcNow);

    private LabelBatchRevoked Revoked(string slug, string reason) =>
        new(Guid.NewGuid(), app.TenantIdOf(slug), new LabelBatchId(Guid.NewGuid()), new CertificateId(Guid.NewGuid()), 500, reason, DateTimeOffset.UtcNow);

    private async Task<Delivery?> SmsOf(string slug, Guid eventId) =>
        (await CentreGiven.ToldAsync(app, slug, eventId)).SelectMany(t => t.Deliveries).FirstOrDefault(d => d.Channel == Channel.Sms);

    private async Task<List<(Notification Notification, List<Delivery> Deliveries)>> AllAboutAsync(string slug, Func<Notification, bool> match)
    {
        await using var scope = app.ScopeFor(slug);
        var db = NotificationsSite.Db(scope);
        var found = db.Notifications.AsEnumerable().Where(match).ToList();
        var result = new List<(Notification, List<Delivery>)>();
        foreach (var n in found) result.AddRange(await CentreGiven.ToldAsync(app, slug, n.SourceEventId));
        return [.. result.DistinctBy(r => r.Item1.Id)];
    }
}
