using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Certificates;
using CraftMarket.QualityMarks.Tests.Codes;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.QualityMarks.Tests.Certificates.CertificatesGiven;

namespace CraftMarket.QualityMarks.Tests.Certificates;

/// <summary>
/// <see cref="CertificateChanged"/> and <see cref="LabelBatchRevoked"/> are written to the module's
/// outbox with each change (grant, suspension, reinstatement, revocation, expiry, reminder, batch
/// revocation), so the notification centre, Insight and webhooks hear of every one, once.
/// </summary>
[Collection(QualityMarksCollection.Name)]
public sealed class CertificateEventTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task Grant_suspend_reinstate_and_revoke_each_raise_one_certificate_change()
    {
        var application = await ApplicationAsync(app, Village, products: 2);
        var admin = await app.Admin(Village);
        var granted = await Json(await Grant(admin, application.ApplicationId), HttpStatusCode.Created);
        var id = granted.GetProperty("id").GetGuid();
        var url = $"/api/quality/certificates/{id}";
        await Json(await admin.PostAsJsonAsync($"{url}/suspend", new { reason = "Men rạn" }), HttpStatusCode.OK);
        await Json(await admin.PostAsJsonAsync($"{url}/reinstate", new { }), HttpStatusCode.OK);
        await Json(await admin.PostAsJsonAsync($"{url}/revoke", new { reason = "Đất sét ngoài làng" }), HttpStatusCode.OK);
        // A refused change raises nothing.
        await Json(await admin.PostAsJsonAsync($"{url}/revoke", new { reason = "again" }), HttpStatusCode.Conflict);

        var events = await CertificateEventsAsync(id);
        events.Select(e => (e.Change, e.Valid)).ShouldBe([
            (CertificateChange.Granted, true), (CertificateChange.Suspended, false),
            (CertificateChange.Reinstated, true), (CertificateChange.Revoked, false)]);
        events.ShouldAllBe(e => e.ProductCount == 2 && e.MemberId.Value == application.MemberId
            && e.CertificateNumber == granted.GetProperty("number").GetString());
        events[0].ValidUntil.ShouldBe(DateOnly.Parse(granted.GetProperty("expiresOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_expiry_job_raises_expired_once_and_each_reminder_raises_expiring()
    {
        var member = (await ApplicationAsync(app, Village)).MemberId;
        var expired = await CertificateAsync(app, Village, member, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(-1));
        var soon = await CertificateAsync(app, Village, member, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(7));
        var job = app.Services.GetRequiredService<CertificateExpiry>();
        await job.RunAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        await job.RunAsync(DateTimeOffset.UtcNow, CancellationToken.None);

        var ended = await CertificateEventsAsync(expired.Id.Value);
        ended.Select(e => (e.Change, e.Valid)).ShouldBe([(CertificateChange.Expired, false)]);
        var expiring = await CertificateEventsAsync(soon.Id.Value);
        expiring.Select(e => (e.Change, e.Valid)).ShouldBe([(CertificateChange.Expiring, true)]);
        expiring[0].ValidUntil.ShouldBe(Today.AddDays(7));
    }

    [Fact]
    public async Task Revoking_a_whole_batch_raises_label_batch_revoked_and_a_range_does_not()
    {
        var batch = await CodesGiven.BatchAsync(app, Village, 30);
        var id = batch.GetProperty("id").GetString()!;
        var admin = await app.Admin(Village);
        (await admin.PostAsJsonAsync($"/api/quality/label-batches/{id}/revocations", new { fromSerial = 1, toSerial = 3, reason = "Mất cuộn nhãn" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await BatchEventsAsync(Guid.Parse(id))).ShouldBeEmpty();

        (await admin.PostAsJsonAsync($"/api/quality/label-batches/{id}/revoke", new { reason = "Nhãn bị đánh cắp" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/quality/label-batches/{id}/revoke", new { reason = "again" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var events = await BatchEventsAsync(Guid.Parse(id));
        events.Count.ShouldBe(1);
        events[0].LabelCount.ShouldBe(30);
        events[0].Reason.ShouldBe("Nhãn bị đánh cắp");
        events[0].CertificateId.Value.ShouldNotBe(Guid.Empty);
    }

    private async Task<List<CertificateChanged>> CertificateEventsAsync(Guid certificate) =>
        [.. (await EventsAsync<CertificateChanged>("quality-marks.certificate-changed")).Where(e => e.CertificateId.Value == certificate)];

    private async Task<List<LabelBatchRevoked>> BatchEventsAsync(Guid batch) =>
        [.. (await EventsAsync<LabelBatchRevoked>("quality-marks.label-batch-revoked")).Where(e => e.BatchId.Value == batch)];

    private async Task<List<T>> EventsAsync<T>(string name)
    {
        await using var scope = app.ScopeFor(Village);
        var rows = await QualityMarksSite.Db(scope).Outbox.AsNoTracking().Where(m => m.Name == name).Select(m => new { m.Id, m.OccurredAt, m.Payload }).ToListAsync();
        return [.. rows.OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).Select(r => JsonSerializer.Deserialize<T>(r.Payload, OutboxJson.Options)!)];
    }
}
