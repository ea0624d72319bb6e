using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Data;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Centre;
using CraftMarket.Notifications.Features.Channels.Zalo;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>
/// A person's notification preferences in this association: the general row ("*": channels, quiet hours
/// for households, a daily digest for staff) and a row per kind of notification with its own channels.
/// Saving replaces them all; category rows repeat the general quiet hours and digest, so whichever row
/// the centre reads, the person's choice holds.
/// </summary>
internal sealed class Preferences(NotificationsDb db, IOptionsMonitor<ZaloSettings> zalo, TimeProvider clock)
{
    public async Task<Result<NotificationPreferences>> GetAsync(CurrentActor actor, CancellationToken ct)
    {
        if (InboxAudience.Of(actor) is not { } audience || actor.UserId is not { } user) return Error.NotFound("notification preferences");
        var rows = await db.Preferences.Where(p => p.UserId == user).AsNoTracking().ToListAsync(ct);
        return await ShapeAsync(actor, audience, rows, ct);
    }

    public async Task<Result<NotificationPreferences>> SaveAsync(CurrentActor actor, PreferencesUpdate? update, CancellationToken ct)
    {
        if (InboxAudience.Of(actor) is not { } audience || actor.UserId is not { } user) return Error.NotFound("notification preferences");
        var known = await CategoriesAsync(actor, audience, ct);
        var checkedChoice = PreferenceRules.Check(update, audience, zalo.CurrentValue.IsConfigured, known);
        if (checkedChoice.IsFailure) return checkedChoice.Error!;
        var choice = checkedChoice.Value!;

        var now = clock.GetUtcNow();
        var existing = await db.Preferences.Where(p => p.UserId == user).ToDictionaryAsync(p => p.Category, StringComparer.Ordinal, ct);
        var wanted = new Dictionary<string, IReadOnlyList<Channel>>(StringComparer.Ordinal) { [InboxCategories.All] = choice.Channels };
        foreach (var (category, channels) in choice.Categories) wanted[category] = channels;

        foreach (var (category, row) in existing)
            if (!wanted.ContainsKey(category)) db.Preferences.Remove(row);
        foreach (var (category, channels) in wanted)
        {
            if (!existing.TryGetValue(category, out var row))
                db.Preferences.Add(row = new NotificationPreference { TenantId = db.Tenant, UserId = user, Category = category });
            row.Channels = PreferenceRules.Csv(channels);
            row.QuietFrom = choice.QuietFrom;
            row.QuietTo = choice.QuietTo;
            row.Digest = choice.Digest;
            row.UpdatedAt = now;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("preferences_changed", "Your preferences were being saved twice at once. Load them again and save.");
        }
        return await GetAsync(actor, ct);
    }

    /// <summary>The kinds this person may choose for: their audience's, any they have received, any they chose before.</summary>
    private async Task<IReadOnlySet<string>> CategoriesAsync(CurrentActor actor, Audience audience, CancellationToken ct)
    {
        var received = await db.Mine(actor).Select(n => n.Category).Distinct().ToListAsync(ct);
        var chosen = actor.UserId is { } user
            ? await db.Preferences.Where(p => p.UserId == user && p.Category != InboxCategories.All).Select(p => p.Category).ToListAsync(ct)
            : [];
        var all = new SortedSet<string>(InboxCategories.For(audience).Select(c => c.Category), StringComparer.Ordinal);
        all.UnionWith(received);
        all.UnionWith(chosen);
        // Only kinds that can go out on a channel: the in-app-only ones (the household's own module texts
        // it already) and the digest itself have nothing to choose.
        all.RemoveWhere(c => c.Length == 0 || c == InboxCategories.All || c == Categories.Digest.Key || Categories.Find(c)?.InAppOnly == true);
        return all;
    }

    private async Task<NotificationPreferences> ShapeAsync(CurrentActor actor, Audience audience, IReadOnlyList<NotificationPreference> rows,
        CancellationToken ct)
    {
        var general = rows.FirstOrDefault(r => r.Category == InboxCategories.All);
        var channels = general is null ? PreferenceRules.Defaults(audience) : PreferenceRules.Parse(general.Channels);
        QuietHours? quiet = audience != Audience.Producer ? null
            : new QuietHours(PreferenceRules.Time(general?.QuietFrom ?? DeliveryRules.DefaultQuietFrom),
                PreferenceRules.Time(general?.QuietTo ?? DeliveryRules.DefaultQuietTo));
        var known = await CategoriesAsync(actor, audience, ct);
        var listed = InboxCategories.For(audience).Select(c => c.Category).Where(known.Contains).ToList();
        listed.AddRange(known.Where(c => !listed.Contains(c)));
        var categories = listed
            .Select(c => new CategoryPreference(c,
                rows.FirstOrDefault(r => r.Category == c) is { } own ? [.. PreferenceRules.Parse(own.Channels).Select(x => x.ToString())] : null,
                InboxCategories.NameOf(c)))
            .ToList();
        return new NotificationPreferences(audience.ToString(),
            [.. PreferenceRules.Available(audience, zalo.CurrentValue.IsConfigured).Select(c => c.ToString())],
            new GeneralPreference([.. channels.Select(c => c.ToString())], quiet, audience == Audience.Staff ? general?.Digest ?? false : null),
            categories);
    }
}
