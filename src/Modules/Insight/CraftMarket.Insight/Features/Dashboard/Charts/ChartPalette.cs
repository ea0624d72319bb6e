using System.Globalization;

namespace CraftMarket.Insight.Features.Dashboard.Charts;

/// <summary>
/// The fills of a chart's series: the association's primary colour for this period when it stands out
/// from the white chart ground (at least 3:1, WCAG's contrast for graphics), else the platform's green;
/// a neutral grey (4.5:1) for the previous period, and a darker ink for a third series. Colours are
/// attributes on the shapes, so a printed page keeps them without the theme's stylesheet.
/// </summary>
internal sealed record ChartPalette(IReadOnlyList<string> Fills)
{
    public const string PlatformGreen = "#2f5d50";
    public const string Grey = "#767676";
    public const string Ink = "#1f3a5f";

    public static readonly ChartPalette Default = new([PlatformGreen, Grey, Ink]);

    public string Fill(int series) => Fills[series % Fills.Count];

    /// <param name="primary">The brand's primary colour as "#rrggbb" (validated when saved), or null.</param>
    public static ChartPalette For(string? primary) =>
        primary is not null && TryParse(primary, out var rgb) && Contrast(rgb, (255, 255, 255)) >= 3.0
            ? new([primary.ToLowerInvariant(), Grey, Ink])
            : Default;

    public static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((int R, int G, int B) c) => 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);

    private static double Linear(int channel)
    {
        var s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }

    private static bool TryParse(string hex, out (int R, int G, int B) rgb)
    {
        rgb = default;
        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return false;
        rgb = ((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
        return true;
    }
}
