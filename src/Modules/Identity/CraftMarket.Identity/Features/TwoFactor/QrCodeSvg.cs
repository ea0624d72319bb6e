using System.Globalization;
using System.Text;
using QRCoder;

namespace CraftMarket.Identity.Features.TwoFactor;

/// <summary>
/// Draws a QR code as inline SVG markup: one path of black squares on a white square, no style
/// attribute and no script, so it passes a content security policy without 'unsafe-inline'
/// (ADR 0030). QRCoder encodes; its module matrix already carries the four-module quiet zone.
/// </summary>
internal static class QrCodeSvg
{
    public static string Render(string text, string label, int pixelsPerModule = 5)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x]) continue;
                var run = 1;
                while (x + run < size && row[x + run]) run++;
                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }
        var pixels = size * pixelsPerModule;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\"{Escape(label)}\" "
            + $"width=\"{pixels}\" height=\"{pixels}\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"{path}\"/></svg>";
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
