using System.Globalization;
using CraftMarket.Notifications.Domain;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>
/// What each audience may choose and what it gets without choosing: producers SMS with quiet hours
/// 21:00-06:00 (Vietnam time), buyers e-mail, staff e-mail plus in-app (ADR 0064); and the checks on a
/// person's choice, with messages the pages translate (keys of i18n).
/// </summary>
internal static class PreferenceRules
{
    public static readonly TimeOnly DefaultQuietFrom = new(21, 0);
    public static readonly TimeOnly DefaultQuietTo = new(6, 0);
    public const int MaxCategories = 50;

    public const string ChooseAChannel = "Choose at least one channel.";
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
        Audience.Producer => zalo ? [Channel.Sms, Channel.Zalo, Channel.InApp] : [Channel.Sms, Channel.InApp],
        _ => [Channel.Email, Channel.InApp],
    };

    public static IReadOnlyList<Channel> Defaults(Audience audience) => audience switch
    {
        Audience.Producer => [Channel.Sms],
        Audience.Buyer => [Channel.Email],
        _ => [Channel.Email, Channel.InApp],
    };

    public static string Csv(IEnumerable<Channel> channels) => string.Join(',', channels.Distinct().Order());

    public static IReadOnlyList<Channel> Parse(string csv) =>
        [.. csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => Enum.TryParse<Channel>(c, ignoreCase: true, out var channel) ? channel : (Channel?)null)
            .OfType<Channel>().Distinct().Order()];

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The validated choice, or field errors named as the API's JSON ("general.channels", "categories[1].channels").</summary>
    public static Result<Validated> Check(PreferencesUpdate? update, Audience audience, bool zalo, IReadOnlySet<string> categories)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var offered = Available(audience, zalo);
        var general = update?.General;
        if (general is null)
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
        if (chosen.Count == 0) errors[field] = [ChooseAChannel];
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
