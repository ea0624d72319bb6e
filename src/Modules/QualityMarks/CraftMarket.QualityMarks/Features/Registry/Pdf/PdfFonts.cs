using System.Reflection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CraftMarket.QualityMarks.Features.Registry.Pdf;

/// <summary>
/// The one typeface of the registry's PDFs: DejaVu Sans (regular and bold), embedded in this
/// assembly so a fresh Linux machine draws Vietnamese ("Gốm Bát Tràng chính hiệu") with no font
/// installed (PDFsharp's Core build finds no fonts there by itself). Every family a caller or
/// PDFsharp asks for resolves to it. Licence: Fonts/LICENSE.txt; ADR 0041.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly PdfFonts Instance = new();
    private static readonly Lock Gate = new();
    private static volatile bool registered;
    private static readonly Lazy<byte[]> RegularBytes = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load("DejaVuSans-Bold.ttf"));

    /// <summary>
    /// Unicode encoding: Vietnamese needs glyphs outside WinAnsi, and text stays extractable (ToUnicode
    /// map). The whole font file is embedded (~0.7 MB per face used): PDFsharp's subset keeps
    /// composite glyphs (ố, ắ, Ử) without their component marks, which then print as bare vowels.
    /// </summary>
    public static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile);

    private PdfFonts() { }

    /// <summary>
    /// Installs the resolver once per process. PDFsharp's setting is global and may be set only
    /// before the first font is used, and then only to the same instance: the lock makes the first
    /// of several concurrent requests do it and the others wait.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (registered) return;
        lock (Gate)
        {
            if (registered) return;
            // Another module's PDFs (Inquiries' quotes) may have installed their own DejaVu resolver first: it serves the same face.
            if (GlobalFontSettings.FontResolver is { } other && !ReferenceEquals(other, Instance))
            {
                if (other.ResolveTypeface(Family, false, false) is null)
                    throw new InvalidOperationException(
                        $"PDFsharp already has the font resolver {other.GetType().FullName}, which does not serve {Family}; the process can have one only.");
            }
            else GlobalFontSettings.FontResolver = Instance;
            registered = true;
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
        var assembly = typeof(PdfFonts).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Fonts." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
