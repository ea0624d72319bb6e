using CraftMarket.Testing;
using System.Net.Http.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Notifications.Contracts;
using CraftMarket.Notifications.Domain;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.Notifications.Tests.Support;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Tests.Centre;

/// <summary>Events, preferences and waits the centre's tests share.</summary>
internal static class CentreGiven
{
    /// <summary>Writes an event into the notifications outbox of <paramref name="slug"/>, as a module's SaveChanges would.</summary>
    public static async Task RaiseAsync(NotificationsSite app, string slug, IIntegrationEvent e)
    {
        await using var scope = app.ScopeFor(slug);
        var db = NotificationsSite.Db(scope);
        db.Outbox.Add(e, TimeProvider.System);
        await db.SaveChangesAsync();
    }

    public static async Task PreferAsync(NotificationsSite app, string slug, Guid key, string category, string channels, bool digest = false,
        TimeOnly? quietFrom = null, TimeOnly? quietTo = null)
    {
        await using var scope = app.ScopeFor(slug);
        var db = NotificationsSite.Db(scope);
        db.Preferences.Add(new NotificationPreference
        {
            TenantId = app.TenantIdOf(slug), UserId = key, Category = category, Channels = channels, Digest = digest,
            QuietFrom = quietFrom, QuietTo = quietTo, UpdatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    public static async Task<List<(Notification Notification, List<Delivery> Deliveries)>> ToldAsync(NotificationsSite app, string slug, Guid sourceEventId)
    {
        await using var scope = app.ScopeFor(slug);
        var db = NotificationsSite.Db(scope);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.SourceEventId == sourceEventId).ToListAsync();
        var ids = notifications.Select(n => n.Id).ToList();
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => ids.Contains(d.NotificationId)).ToListAsync();
        return [.. notifications.Select(n => (n, deliveries.Where(d => d.NotificationId == n.Id).OrderBy(d => d.Channel).ToList()))];
    }

    /// <summary>Polls until <paramref name="done"/> holds (background consumers, outbox back-off), then answers the last value.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? within = null, string? what = null)
    {
        var value = await Eventually.ReadAsync(read, done, within ?? TimeSpan.FromSeconds(60));
        return done(value) ? value : throw new ShouldAssertException($"Still not {what ?? "done"} after waiting.");
    }

    /// <summary>A published product of the village sold in whole cases, and a body for POST /api/inquiries the product accepts.</summary>
    public static async Task<object> InquiryBodyAsync(NotificationsSite app, string slug)
    {
        await using var scope = app.ScopeFor(slug);
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
        PublishedProduct? product = null;
        await foreach (var p in catalogue.PublishedAsync(CancellationToken.None))
            if (p.OrderMultiple > 1 && p.MinimumOrderQuantity >= p.OrderMultiple && (product is null || p.Id.Value.CompareTo(product.Id.Value) < 0)) product = p;
        product.ShouldNotBeNull($"{slug} has a published product sold in cases");
        var quantity = (product.MinimumOrderQuantity + product.OrderMultiple - 1) / product.OrderMultiple * product.OrderMultiple;
        return new
        {
            lines = new[] { new { productId = product.Id.Value, variantSku = (string?)null, quantity = (long)quantity, targetUnitPrice = (object?)null } },
            requiredBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(200).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            incoterm = "FOB",
            destinationPort = (string?)null,
            destinationCountry = "JP",
            packaging = "Each bowl in a box",
            labelling = "Our barcode",
            wantsMarkedGoods = false,
            sampleRequested = false,
            notes = "For the centre's test.",
        };
    }

    /// <summary>A module asking the centre to tell one household something (the generic "notice" template).</summary>
    public static NotificationRequested Requested(NotificationsSite app, string slug, Guid member) => new(Guid.NewGuid(), app.TenantIdOf(slug),
        new NotificationRecipient(MemberId: member), "notice",
        new Dictionary<string, string> { ["title"] = "Lịch kiểm tra", ["text"] = "Cán bộ sẽ đến vào sáng mai." }, "/account/work-orders", DateTimeOffset.UtcNow);

    /// <summary>A label batch revoked in <paramref name="slug"/>: its admins are told.</summary>
    public static LabelBatchRevoked Revoked(NotificationsSite app, string slug, string reason) =>
        new(Guid.NewGuid(), app.TenantIdOf(slug), new LabelBatchId(Guid.NewGuid()), new CertificateId(Guid.NewGuid()), 500, reason, DateTimeOffset.UtcNow);

    public static async Task<Delivery?> SmsOfAsync(NotificationsSite app, string slug, Guid eventId) =>
        (await ToldAsync(app, slug, eventId)).SelectMany(t => t.Deliveries).FirstOrDefault(d => d.Channel == Channel.Sms);
}
