using System.Globalization;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Data;

/// <summary>
/// The current association's trade settings (defaults until its first change) and its inquiry
/// numbers. The settings row is tracked: a number taken here commits with the inquiry that uses it,
/// and two inquiries sent at once collide on the row's revision rather than share a number.
/// </summary>
internal sealed class TradeSettingsStore(InquiriesDb db, ITenantContext tenant)
{
    public async Task<TradeSettings> GetAsync(CancellationToken ct)
    {
        var id = db.Tenant;
        var row = db.Settings.Local.FirstOrDefault(s => s.TenantId == id) ?? await db.Settings.FirstOrDefaultAsync(s => s.TenantId == id, ct);
        if (row is not null) return row;
        row = TradeSettings.Defaults(id);
        db.Settings.Add(row);
        return row;
    }

    /// <summary>"BT-RFQ-2026-0042": prefix (set, or the slug's initials), RFQ (certificates are numbered "BT-2026-0042"), the Vietnam year, the association's running number.</summary>
    public async Task<string> NextNumberAsync(DateTimeOffset now, CancellationToken ct)
    {
        var settings = await GetAsync(ct);
        settings.LastNumber++;
        settings.Revision++;
        var prefix = settings.NumberPrefix is { Length: > 0 } own ? own : Initials(tenant.Slug ?? "cm");
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-RFQ-{VietnamCalendar.Today(now).Year}-{settings.LastNumber:D4}");
    }

    private static string Initials(string slug) =>
        string.Concat(slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));
}
