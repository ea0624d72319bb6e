using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CraftMarket.Inquiries.Features.Quotes.Pdf;

/// <summary>
/// The quote PDF's typeface: DejaVu Sans (regular, bold), embedded in this assembly so a fresh Linux
/// machine draws French and Vietnamese with no font installed. PDFsharp has ONE font resolver per
/// process and QualityMarks installs its own DejaVu resolver too: whichever module prints first
/// installs its resolver, and the other accepts it as long as it serves DejaVu Sans (both map every
/// family to that face). Licence: Fonts/LICENSE.txt; ADR 0041, 0049.
/// </summary>
internal sealed class QuotePdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly QuotePdfFonts Instance = new();
    private static readonly Lock Gate = new();
    private static volatile bool ready;
    private static readonly Lazy<byte[]> RegularBytes = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load("DejaVuSans-Bold.ttf"));

    /// <summary>Unicode (Vietnamese is outside WinAnsi; text stays extractable), whole font file (subsets drop the marks of composite glyphs).</summary>
    public static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile);

    private QuotePdfFonts() { }

    public static void EnsureRegistered()
    {
        if (ready) return;
        lock (Gate)
        {
            if (ready) return;
            var installed = GlobalFontSettings.FontResolver;
            if (installed is null) GlobalFontSettings.FontResolver = Instance;
            else if (!ReferenceEquals(installed, Instance) && installed.ResolveTypeface(Family, false, false) is null)
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {installed.GetType().FullName}, which does not serve {Family}; the process can have one only.");
            ready = true;
        }
    }

    public static XFont Regular(double size) => new(Family, size, XFontStyleEx.Regular, Options);

    public static XFont Bold(double size) => new(Family, size, XFontStyleEx.Bold, Options);

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) =>
        string.Equals(faceName, BoldFace, StringComparison.Ordinal) ? BoldBytes.Value : RegularBytes.Value;

    private static byte[] Load(string file)
    {
        var assembly = typeof(QuotePdfFonts).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Fonts." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
