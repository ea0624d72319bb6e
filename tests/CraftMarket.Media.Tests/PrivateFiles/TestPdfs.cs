using System.IO.Compression;
using System.Text;

namespace CraftMarket.Media.Tests.PrivateFiles;

/// <summary>Small hand-made PDFs: a one-page document, and the same with active content in its various disguises.</summary>
public static class TestPdfs
{
    private const string Page =
        "1 0 obj\n<< /Type /Catalog /Pages 2 0 R{catalog} >>\nendobj\n" +
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n" +
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n" +
        "4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 770 Td (Giay chung nhan) Tj ET\nendstream\nendobj\n";

    /// <summary>A plain one-page PDF, padded with a comment to about <paramref name="bytes"/> bytes.</summary>
    public static byte[] Plain(int bytes = 0) => Build("", "", bytes);

    /// <summary>An /OpenAction running JavaScript when the document opens.</summary>
    public static byte[] WithOpenActionJavaScript() =>
        Build(" /OpenAction 5 0 R", "5 0 obj\n<< /Type /Action /S /JavaScript /JS (app.alert\\('hello'\\)) >>\nendobj\n");

    /// <summary>The same action with its names escaped (/J#61vaScript reads as /JavaScript to a viewer).</summary>
    public static byte[] WithEscapedJavaScriptName() =>
        Build(" /OpenAction 5 0 R", "5 0 obj\n<< /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>\nendobj\n");

    /// <summary>A /Launch action, starting a program.</summary>
    public static byte[] WithLaunch() =>
        Build(" /OpenAction 5 0 R", "5 0 obj\n<< /Type /Action /S /Launch /F (cmd.exe) >>\nendobj\n");

    /// <summary>An attached file in the document's name tree.</summary>
    public static byte[] WithEmbeddedFile() =>
        Build(" /Names << /EmbeddedFiles 5 0 R >>", "5 0 obj\n<< /Names [(a.exe) 6 0 R] >>\nendobj\n6 0 obj\n<< /Type /Filespec /F (a.exe) >>\nendobj\n");

    /// <summary>The JavaScript action inside a Flate-compressed object stream, where no byte of it shows uncompressed.</summary>
    public static byte[] WithJavaScriptInObjectStream()
    {
        var objects = Encoding.ASCII.GetBytes("5 0 << /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>");
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) z.Write(objects);
        var data = packed.ToArray();
        var head = Encoding.ASCII.GetBytes($"6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {data.Length} >>\nstream\n");
        var tail = Encoding.ASCII.GetBytes("\nendstream\nendobj\n");
        return Build(" /OpenAction 5 0 R", Encoding.Latin1.GetString([.. head, .. data, .. tail]));
    }

    public static byte[] Encrypted() => Build("", "", 0, trailerExtra: " /Encrypt 7 0 R");

    /// <summary>A PDF cut off before its end (no %%EOF).</summary>
    public static byte[] Truncated()
    {
        var whole = Plain();
        return whole[..(whole.Length - 40)];
    }

    private static byte[] Build(string catalogExtra, string extraObjects, int padTo = 0, string trailerExtra = "")
    {
        var body = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        body.Append(Page.Replace("{catalog}", catalogExtra, StringComparison.Ordinal)).Append(extraObjects);
        if (padTo > body.Length)
        {
            var padding = padTo - body.Length;
            while (padding > 0)
            {
                var line = Math.Min(padding, 200);
                body.Append('%').Append('x', Math.Max(0, line - 2)).Append('\n');
                padding -= line;
            }
        }
        body.Append("trailer\n<< /Root 1 0 R /Size 8" + trailerExtra + " >>\nstartxref\n0\n%%EOF\n");
        return Encoding.Latin1.GetBytes(body.ToString());
    }
}
