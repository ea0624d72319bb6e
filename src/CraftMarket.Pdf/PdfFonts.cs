using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CraftMarket.Pdf;

/// <summary>
/// The one typeface of every CraftMarket PDF (quality-mark certificates and labels, quotes, order
/// documents): DejaVu Sans, regular and bold, embedded in this assembly so a fresh Linux machine
/// draws French and Vietnamese ("Gốm Bát Tràng") with no font installed (PDFsharp's Core build finds
/// none there by itself). PDFsharp allows ONE font resolver per process, set before the first font
/// is used: this is it, for every module (ADR 0059). Every family asked for resolves to DejaVu Sans.
/// It has no CJK glyphs, which is why Japanese buyers' documents are written in English (ADR 0049).
/// Licence: Fonts/LICENSE.txt; ADR 0041.
/// </summary>
public sealed class PdfFonts : IFontResolver
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
    /// Installs the resolver once per process; call it before drawing. Concurrent first requests wait
    /// on the lock so only one sets PDFsharp's global setting. A different resolver already installed
    /// (a library's, a test host's) is refused loudly: there can be only one, and ours must serve.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (registered) return;
        lock (Gate)
        {
            if (registered) return;
            var installed = GlobalFontSettings.FontResolver;
            if (installed is null) GlobalFontSettings.FontResolver = Instance;
            else if (!ReferenceEquals(installed, Instance))
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {installed.GetType().FullName}; the process can have one only, and it must be {typeof(PdfFonts).FullName}.");
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
