namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>Quiet hours in Vietnam time, "HH:mm" each; may span midnight (21:00 to 06:00).</summary>
public sealed record QuietHours(string? From, string? To);

/// <summary>The choice for every kind of notification: channels, quiet hours (households), a daily digest (staff).</summary>
public sealed record GeneralPreference(IReadOnlyList<string>? Channels, QuietHours? QuietHours, bool? Digest);

/// <summary>One kind of notification: its own channels, or null to follow the general choice.</summary>
public sealed record CategoryPreference(string? Category, IReadOnlyList<string>? Channels, string? Name = null);

/// <summary>
/// A person's notification preferences here. Every notification is in their list (the bell);
/// <c>Channels</c> are the ways it also goes out: Email, Sms, Zalo (those in <see cref="AvailableChannels"/>;
/// none is allowed). A PUT replaces them all (a category left out follows the general choice).
/// </summary>
public sealed record NotificationPreferences(string Audience, IReadOnlyList<string> AvailableChannels, GeneralPreference General,
    IReadOnlyList<CategoryPreference> Categories);

/// <summary>What a PUT sends: the general choice and any categories with their own channels.</summary>
public sealed record PreferencesUpdate(GeneralPreference? General, IReadOnlyList<CategoryPreference>? Categories);
