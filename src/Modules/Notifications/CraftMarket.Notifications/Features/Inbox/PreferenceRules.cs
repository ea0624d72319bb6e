using System.Globalization;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Centre;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>
/// What each audience may choose on top of the inbox (every notification is in the person's list;
/// channels are the ways it also goes out): households SMS (and Zalo once configured) with quiet
/// hours, buyers and staff e-mail, staff a daily digest. The defaults and the reading of the rows are
/// the centre's (<see cref="DeliveryRules"/>); the messages here are i18n keys the pages translate.
/// </summary>
internal static class PreferenceRules
{
    public const int MaxCategories = 50;

    public const string NotOffered = "This channel is not offered to you.";
    public const string TimeFormat = "Write the time as hours:minutes, for example 21:00.";
    public const string QuietSame = "Quiet hours must start and end at different times.";
    public const string QuietRequired = "Give the time quiet hours start and end.";
    public const string QuietHouseholdsOnly = "Quiet hours are for households only.";
    public const string DigestStaffOnly = "A daily digest is for association staff only.";
    public const string UnknownCategory = "This kind of notification is not offered to you.";
    public const string CategoryTwice = "This kind of notification is listed twice.";
    public const string GeneralRequired = "Give the channels for all notifications.";
    public const string TooMany = "Too many kinds of notification.";

    public static IReadOnlyList<Channel> Available(Audience audience, bool zalo) => audience switch
    {
        Audience.Producer => zalo ? [Channel.Sms, Channel.Zalo] : [Channel.Sms],
        _ => [Channel.Email],
    };

    public static IReadOnlyList<Channel> Defaults(Audience audience) => DeliveryRules.DefaultChannels(audience);

    public static string Csv(IEnumerable<Channel> channels) => string.Join(',', channels.Distinct().Order());

    /// <summary>The channels a row names, as the centre reads them (the inbox is implied, never listed).</summary>
    public static IReadOnlyList<Channel> Parse(string csv) => [.. DeliveryRules.ParseChannels(csv).Order()];

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The validated choice, or field errors named as the API's JSON ("general.channels", "categories[1].channels").</summary>
    public static Result<Validated> Check(PreferencesUpdate? update, Audience audience, bool zalo, IReadOnlySet<string> categories)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var offered = Available(audience, zalo);
        var general = update?.General;
        if (general?.Channels is null)
        {
            errors["general"] = [GeneralRequired];
            return Error.Validation(errors);
        }
        var channels = Channels(general.Channels, offered, "general.channels", errors);
        TimeOnly? quietFrom = null, quietTo = null;
        if (audience == Audience.Producer)
        {
            var from = TimeOf(general.QuietHours?.From, "general.quietHours.from", errors);
            var to = TimeOf(general.QuietHours?.To, "general.quietHours.to", errors);
            if (from is { } f && to is { } t && f == t) errors["general.quietHours.to"] = [QuietSame];
            (quietFrom, quietTo) = (from, to);
        }
        else if (general.QuietHours is { From: not null } or { To: not null }) errors["general.quietHours"] = [QuietHouseholdsOnly];
        if (general.Digest == true && audience != Audience.Staff) errors["general.digest"] = [DigestStaffOnly];

        var own = new List<(string Category, IReadOnlyList<Channel> Channels)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var listed = update!.Categories ?? [];
        if (listed.Count > MaxCategories) errors["categories"] = [TooMany];
        else
            for (var i = 0; i < listed.Count; i++)
            {
                var category = listed[i]?.Category?.Trim() ?? "";
                if (!categories.Contains(category)) { errors[$"categories[{i}].category"] = [UnknownCategory]; continue; }
                if (!seen.Add(category)) { errors[$"categories[{i}].category"] = [CategoryTwice]; continue; }
                if (listed[i].Channels is null) continue;   // follows the general choice
                own.Add((category, Channels(listed[i].Channels, offered, $"categories[{i}].channels", errors)));
            }
        if (errors.Count > 0) return Error.Validation(errors);
        return new Validated(channels, quietFrom, quietTo, general.Digest == true, own);
    }

    private static IReadOnlyList<Channel> Channels(IReadOnlyList<string>? names, IReadOnlyList<Channel> offered, string field,
        Dictionary<string, string[]> errors)
    {
        var chosen = new List<Channel>();
        foreach (var name in names ?? [])
        {
            if (string.IsNullOrWhiteSpace(name) || !name.Trim().All(char.IsAsciiLetter)
                || !Enum.TryParse<Channel>(name.Trim(), ignoreCase: true, out var channel) || !offered.Contains(channel))
            {
                errors[field] = [NotOffered];
                return [];
            }
            if (!chosen.Contains(channel)) chosen.Add(channel);
        }
        return chosen;
    }

    private static TimeOnly? TimeOf(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) { errors[field] = [QuietRequired]; return null; }
        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        errors[field] = [TimeFormat];
        return null;
    }

    internal sealed record Validated(IReadOnlyList<Channel> Channels, TimeOnly? QuietFrom, TimeOnly? QuietTo, bool Digest,
        IReadOnlyList<(string Category, IReadOnlyList<Channel> Channels)> Categories);
}
