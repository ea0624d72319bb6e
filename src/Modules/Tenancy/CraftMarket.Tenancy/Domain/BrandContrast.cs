using System.Globalization;

namespace CraftMarket.Tenancy.Domain;

/// <summary>
/// WCAG 2.2 AA for brand colours as the storefront uses them (site.css and the themes): body text
/// on the background, links (primary) on the background and on white cards, white header and
/// button text on primary, text on the accent (ribbons, badges), the focus ring (text colour)
/// against white cards. Text is normal size, so 4.5:1; the focus ring is a component, 3:1.
/// Each failing pair is reported under the token an admin would change to fix it.
/// </summary>
internal static class BrandContrast
{
    public const double Text = 4.5;
    public const double Component = 3;

    private sealed record Pair(string Field, Func<TenantBrand, string> Foreground, Func<TenantBrand, string> Background, double Minimum, string What);

    private static readonly Pair[] Pairs =
    [
        new("textColor", b => b.TextColor, b => b.BackgroundColor, Text, "Body text on the background colour"),
        new("textColor", b => b.TextColor, _ => "#ffffff", Component, "The focus ring (text colour) on white cards"),
        new("primaryColor", b => b.PrimaryColor, b => b.BackgroundColor, Text, "Links (primary colour) on the background colour"),
        new("primaryColor", _ => "#ffffff", b => b.PrimaryColor, Text, "White header and button text on the primary colour"),
        new("accentColor", b => b.TextColor, b => b.AccentColor, Text, "Text on the accent colour"),
    ];

    /// <summary>Per token, every pair it fails, with the measured ratio; empty when all pass. Colours must already be #rrggbb.</summary>
    public static Dictionary<string, string[]> Problems(TenantBrand brand) =>
        Pairs.Select(p => (p.Field, Ratio: Ratio(p.Foreground(brand), p.Background(brand)), p))
            .Where(x => x.Ratio < x.p.Minimum)
            .GroupBy(x => x.Field)
            .ToDictionary(g => g.Key, g => g.Select(x =>
                string.Create(CultureInfo.InvariantCulture,
                    $"{x.p.What} has a contrast of {Math.Floor(x.Ratio * 100) / 100:0.00}:1; WCAG AA needs at least {x.p.Minimum:0.#}:1.")).ToArray());

    /// <summary>WCAG contrast ratio of two #rrggbb colours: (L1 + 0.05) / (L2 + 0.05), lighter over darker.</summary>
    public static double Ratio(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
