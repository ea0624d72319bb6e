using CraftMarket.Notifications.Domain;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>
/// The kinds of notification each audience can choose channels for on the preferences page, with the
/// English name the page shows (translated in i18n). A category the centre sends that is not listed
/// here still appears for the person once they have received one (see <see cref="Preferences"/>).
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
    ];

    private static readonly IReadOnlyList<(string Category, string Name)> Producer =
    [
        ("work-order.issued", "New work for your household"),
        ("work-order.inspected", "Inspection results"),
        ("member.paid", "Payments to your household"),
    ];

    public static IReadOnlyList<(string Category, string Name)> For(Audience audience) => audience switch
    {
        Audience.Staff => Staff,
        Audience.Producer => Producer,
        _ => [],
    };

    /// <summary>The English name shown for a category; the category itself when it has none.</summary>
    public static string NameOf(string category) => Names.TryGetValue(category, out var name) ? name : category;

    private static readonly IReadOnlyDictionary<string, string> Names =
        Staff.Concat(Producer).ToDictionary(c => c.Category, c => c.Name, StringComparer.Ordinal);
}
