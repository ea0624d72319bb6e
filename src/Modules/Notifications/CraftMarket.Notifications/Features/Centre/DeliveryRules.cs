using CraftMarket.Notifications.Domain;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>What one person chose for one category: the channels besides the inbox, quiet hours, digest.</summary>
internal sealed record ChannelChoice(IReadOnlyList<Channel> Channels, TimeOnly? QuietFrom, TimeOnly? QuietTo, bool Digest);

/// <summary>One delivery the centre will log: on a channel, to an address, with its first status.</summary>
internal sealed record PlannedDelivery(Channel Channel, string Address, DeliveryStatus Status, DateTimeOffset? NextAttemptAt, string? Why = null);

/// <summary>The addresses a recipient can be reached at (an unknown one is null).</summary>
internal sealed record Addresses(string? Email, string? Phone);

/// <summary>
/// The routing rules, as pure functions (ADR 0064): a category row beats the "*" row, which beats the
/// audience's default (producers SMS, buyers e-mail, staff e-mail; every notification is in the inbox).
/// Households have quiet hours (default 21:00–06:00 Vietnam time): their texts wait until the end.
/// Staff who choose a digest get their e-mails once a day at 07:00 Vietnam time.
/// </summary>
internal static class DeliveryRules
{
    public const string AllCategories = "*";
    public static readonly TimeOnly DefaultQuietFrom = new(21, 0);
    public static readonly TimeOnly DefaultQuietTo = new(6, 0);
    public static readonly TimeOnly DigestAt = new(7, 0);

    public static IReadOnlyList<Channel> DefaultChannels(Audience audience) => audience switch
    {
        Audience.Producer => [Channel.Sms],
        Audience.Buyer => [Channel.Email],
        _ => [Channel.Email],
    };

    /// <summary>The category's row, else the "*" row, else the audience's default. Quiet hours and digest come from the same row.</summary>
    public static ChannelChoice Resolve(Audience audience, string category, IEnumerable<NotificationPreference> rows)
    {
        var list = rows as IReadOnlyCollection<NotificationPreference> ?? [.. rows];
        var row = list.FirstOrDefault(r => string.Equals(r.Category, category, StringComparison.Ordinal))
            ?? list.FirstOrDefault(r => string.Equals(r.Category, AllCategories, StringComparison.Ordinal));
        var quietFrom = row?.QuietFrom;
        var quietTo = row?.QuietTo;
        if (audience == Audience.Producer && (quietFrom is null || quietTo is null))
        {
            // A household without its own choice keeps the village's night quiet.
            quietFrom = DefaultQuietFrom;
            quietTo = DefaultQuietTo;
        }
        return row is null
            ? new ChannelChoice(DefaultChannels(audience), quietFrom, quietTo, false)
            : new ChannelChoice(ParseChannels(row.Channels), quietFrom, quietTo, row.Digest && audience == Audience.Staff);
    }

    /// <summary>"Email,Sms" → [Email, Sms]; unknown names are ignored; "InApp" is implied (the inbox) and dropped.</summary>
    public static IReadOnlyList<Channel> ParseChannels(string? csv) =>
        [.. (csv ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<Channel>(name, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : (Channel?)null)
            .OfType<Channel>().Where(c => c != Channel.InApp).Distinct()];

    /// <summary>Whether <paramref name="local"/> (Vietnam time) is within [from, to); the span may cross midnight; from == to means none.</summary>
    public static bool IsQuiet(TimeOnly from, TimeOnly to, TimeOnly local) =>
        from != to && (from < to ? local >= from && local < to : local >= from || local < to);

    /// <summary>When the quiet hours that hold <paramref name="now"/> end (UTC), or null when <paramref name="now"/> is not in them.</summary>
    public static DateTimeOffset? QuietEnds(TimeOnly? from, TimeOnly? to, DateTimeOffset now)
    {
        if (from is not { } f || to is not { } t) return null;
        var local = VietnamClock.Local(now);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!IsQuiet(f, t, time)) return null;
        var today = DateOnly.FromDateTime(local.DateTime);
        return VietnamClock.At(time < t ? today : today.AddDays(1), t);
    }

    /// <summary>The next 07:00 Vietnam time strictly after <paramref name="now"/>: when a digest collecting it goes out.</summary>
    public static DateTimeOffset NextDigest(DateTimeOffset now)
    {
        var local = VietnamClock.Local(now);
        var today = DateOnly.FromDateTime(local.DateTime);
        var at = VietnamClock.At(today, DigestAt);
        return at > now ? at : VietnamClock.At(today.AddDays(1), DigestAt);
    }

    /// <summary>
    /// The deliveries of one notification: the inbox (sent at once), then each chosen channel unless the
    /// category is in-app only: skipped without an address or a channel, held in quiet hours, digested
    /// for a staff e-mail digest, else pending (sent by the outbox).
    /// </summary>
    public static IReadOnlyList<PlannedDelivery> Plan(Category category, ChannelChoice choice, Addresses to, IReadOnlyCollection<Channel> available,
        DateTimeOffset now)
    {
        var planned = new List<PlannedDelivery> { new(Channel.InApp, "", DeliveryStatus.Sent, null) };
        if (category.InAppOnly) return planned;
        var heldUntil = QuietEnds(choice.QuietFrom, choice.QuietTo, now);
        foreach (var channel in choice.Channels)
        {
            var address = channel == Channel.Email ? to.Email : to.Phone;
            if (string.IsNullOrWhiteSpace(address))
                planned.Add(new(channel, "", DeliveryStatus.Skipped, null, channel == Channel.Email ? "No e-mail address." : "No phone number."));
            else if (!available.Contains(channel))
                planned.Add(new(channel, address, DeliveryStatus.Skipped, null, $"The {channel} channel is not configured."));
            else if (channel == Channel.Email && choice.Digest)
                planned.Add(new(channel, address, DeliveryStatus.Digested, NextDigest(now)));
            else if (heldUntil is { } until)
                planned.Add(new(channel, address, DeliveryStatus.Held, until));
            else
                planned.Add(new(channel, address, DeliveryStatus.Pending, now));
        }
        return planned;
    }
}
