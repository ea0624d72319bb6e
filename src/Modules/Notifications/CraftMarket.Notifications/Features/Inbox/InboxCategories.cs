using CraftMarket.Notifications.Domain;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>
/// The kinds of notification each audience can choose channels for on the preferences page, with the
/// English name the page shows (translated in i18n); the keys are the centre's (<c>Categories</c>). A
/// category not listed here still appears for the person once they have received one (see <see cref="Preferences"/>).
/// </summary>
internal static class InboxCategories
{
    public const string All = "*";

    private static readonly IReadOnlyList<(string Category, string Name)> Staff =
    [
        ("inquiry.submitted", "New inquiries from buyers"),
        ("inquiry.buyer-message", "Buyers' messages"),
        ("quote.accepted", "Quotes accepted"),
        ("order.payment-received", "Payments received"),
        ("work-order.ready", "Work ready for inspection"),
        ("certificate.expiring", "Certificates about to expire"),
        ("label-batch.revoked", "Label batches revoked"),
        ("webhook.disabled", "Integrations switched off after failures"),
        ("notice", "Other notices"),
    ];

    /// <summary>
    /// A household's own work, inspections and payments are in its list only (Orders texts it already):
    /// what else reaches it (a module's notice) can also go by SMS.
    /// </summary>
    private static readonly IReadOnlyList<(string Category, string Name)> Others =
    [
        ("notice", "Other notices"),
    ];

    public static IReadOnlyList<(string Category, string Name)> For(Audience audience) => audience switch
    {
        Audience.Staff => Staff,
        _ => Others,
    };

    /// <summary>The English name shown for a category; the category itself when it has none.</summary>
    public static string NameOf(string category) => Names.TryGetValue(category, out var name) ? name : category;

    private static readonly IReadOnlyDictionary<string, string> Names =
        Staff.ToDictionary(c => c.Category, c => c.Name, StringComparer.Ordinal);
}
