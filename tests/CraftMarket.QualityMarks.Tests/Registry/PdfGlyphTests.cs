using System.Diagnostics;
using CraftMarket.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CraftMarket.QualityMarks.Tests.Registry;

/// <summary>
/// Vietnamese letters with two marks (ố, ệ, ắ) are composite glyphs in DejaVu Sans: a font subset
/// that keeps the composite but drops its components draws "Gom" for "Gốm" while the text layer
/// still reads "Gốm", so only a rendering shows it. Poppler's pdftoppm (Debian poppler-utils,
/// installed by scripts/test.sh) renders each letter alone and the ink is compared with its bare vowel.
/// </summary>
public sealed class PdfGlyphTests
{
    [Theory]
    [InlineData("ố", "o")]
    [InlineData("ệ", "e")]
    [InlineData("ắ", "a")]
    [InlineData("Ử", "U")]
    public void A_letter_with_two_marks_is_drawn_with_its_marks(string marked, string bare)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"glyphs-{Guid.NewGuid():N}.pdf");
        try
        {
            PdfFonts.EnsureRegistered();
            using (var document = new PdfDocument())
            {
                foreach (var letter in new[] { marked, bare })
                {
                    var page = document.AddPage();
                    page.Width = XUnit.FromPoint(250);
                    page.Height = XUnit.FromPoint(250);
                    using var gfx = XGraphics.FromPdfPage(page);
                    gfx.DrawString(letter, PdfFonts.Regular(120), XBrushes.Black, 40, 40, XStringFormats.TopLeft);
                }
                document.Save(pdf);
            }
            var withMarks = Ink(pdf, 1);
            var without = Ink(pdf, 2);
            without.ShouldBeGreaterThan(200, "the bare letter is drawn");
            ((double)withMarks).ShouldBeGreaterThan(without * 1.15, $"“{marked}” has more ink than “{bare}”: its marks are drawn");
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    /// <summary>Dark pixels of one page rendered at 72 dpi in grey.</summary>
    private static int Ink(string pdf, int page)
    {
        var prefix = pdf + "-" + page;
        var start = new ProcessStartInfo("pdftoppm", ["-gray", "-r", "72", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, prefix])
        { RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ShouldAssertException("pdftoppm is missing: install Debian's poppler-utils (scripts/test.sh does).", e);
        }
        using (process)
        {
            process.WaitForExit(30_000).ShouldBeTrue();
            process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
        }
        var bytes = File.ReadAllBytes(prefix + ".pgm");
        File.Delete(prefix + ".pgm");
        // PGM: "P5\n{w} {h}\n255\n" then one byte per pixel.
        var header = 0;
        for (var newlines = 0; newlines < 3; header++) if (bytes[header] == '\n') newlines++;
        return bytes.Skip(header).Count(b => b < 128);
    }
}
