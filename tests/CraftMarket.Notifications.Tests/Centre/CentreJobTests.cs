using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Centre;
using CraftMarket.Notifications.Tests.Support;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Tests.Centre;

/// <summary>
/// The jobs that read across associations by time (held deliveries released when quiet hours end, the
/// daily digest): on SQLite and on PostgreSQL, where instants and joins are translated differently.
/// </summary>
public abstract class CentreJobTests(NotificationsSite app)
{
    [Fact]
    public async Task A_text_in_quiet_hours_is_held_and_goes_out_when_they_end()
    {
        var (member, phone) = await app.InviteHousehold("bat-trang", "Hộ gốm Ngủ Sớm");
        await app.Texts.WaitForCount(phone, 1);
        var now = VietnamClock.TimeOf(DateTimeOffset.UtcNow);
        await CentreGiven.PreferAsync(app, "bat-trang", member, "*", "Sms", quietFrom: now.AddHours(-1), quietTo: now.AddHours(1));
        var e = CentreGiven.Requested(app, "bat-trang", member);

        await CentreGiven.RaiseAsync(app, "bat-trang", e);
        await app.WaitForOutboxesAsync();

        var held = await CentreGiven.SmsOfAsync(app, "bat-trang", e.EventId);
        held!.Status.ShouldBe(DeliveryStatus.Held);
        held.NextAttemptAt!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(50));
        app.Texts.To(phone).Count.ShouldBe(1);

        await app.Services.GetRequiredService<HeldDeliveries>().ReleaseDueAsync(held.NextAttemptAt.Value.AddMinutes(1), CancellationToken.None);
        await app.Texts.WaitForCount(phone, 2);
        app.Texts.To(phone)[1].ShouldBe("Lịch kiểm tra: Cán bộ sẽ đến vào sáng mai.");
        (await CentreGiven.UntilAsync(() => CentreGiven.SmsOfAsync(app, "bat-trang", e.EventId), d => d is { Status: DeliveryStatus.Sent }, what: "sent")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_staff_digest_collects_the_days_e_mails_into_one()
    {
        var adminEmail = Auth.AssociationAdmin("van-phuc");
        var admin = await NotificationsSite.UserIdOf(await app.Admin("van-phuc"));
        await CentreGiven.PreferAsync(app, "van-phuc", admin, Categories.LabelBatchRevoked.Key, "Email", digest: true);
        var first = CentreGiven.Revoked(app, "van-phuc", "tem in mờ");
        var second = CentreGiven.Revoked(app, "van-phuc", "sai mã sản phẩm");

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

        made.ShouldBe(1);
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
}

[Collection(NotificationsCollection.Name)]
public sealed class SqliteCentreJobTests(NotificationsApp app) : CentreJobTests(app);

[Collection(PostgresNotificationsCollection.Name)]
public sealed class PostgresCentreJobTests(PostgresNotificationsApp app) : CentreJobTests(app);
