using CraftMarket.SharedKernel.Results;
using NetVips;

namespace CraftMarket.Tenancy.Domain;

/// <summary>
/// A logo is decoded and encoded again, as Media does with a photo, before anyone is served it: a
/// crafted file (a decompression bomb: a few KB that inflate to gigapixels; bytes libvips cannot
/// read; a polyglot hiding a script after the image) never reaches a browser as uploaded, and no
/// metadata (EXIF with GPS, XMP, comments) survives. The pixel count is read from the header and
/// checked before any pixel is decoded; the stored logo is at most <see cref="MaxEdge"/> pixels wide and high.
/// </summary>
internal static class LogoImage
{
    /// <summary>Largest picture decoded, from the header: 4096 × 4096. A logo needs far less.</summary>
    public const long MaxPixels = 4096L * 4096;

    /// <summary>Pages show the logo at most a few hundred pixels wide; this leaves room for sharp screens.</summary>
    public const int MaxEdge = 1024;

    public static Result<byte[]> Reencode(byte[] content, string contentType)
    {
        try
        {
            // The loader is the sniffed type's own: libvips is never asked to guess (SVG, PDF, TIFF… stay closed).
            using var loaded = contentType switch
            {
                "image/png" => Image.PngloadBuffer(content, access: Enums.Access.Sequential, failOn: Enums.FailOn.Warning),
                "image/jpeg" => Image.JpegloadBuffer(content, access: Enums.Access.Sequential, failOn: Enums.FailOn.Warning),
                _ => Image.WebploadBuffer(content, access: Enums.Access.Sequential, failOn: Enums.FailOn.Warning),
            };
            if ((long)loaded.Width * loaded.Height > MaxPixels)
                return Error.Validation("logo", $"The logo is {loaded.Width} × {loaded.Height} pixels; at most {MaxPixels / 1_000_000} megapixels.");
            using var sized = loaded.ThumbnailImage(MaxEdge, height: MaxEdge, size: Enums.Size.Down);
            return contentType switch
            {
                "image/png" => sized.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None),
                "image/jpeg" => sized.JpegsaveBuffer(q: 90, optimizeCoding: true, keep: Enums.ForeignKeep.None),
                _ => sized.WebpsaveBuffer(q: 90, keep: Enums.ForeignKeep.None),
            };
        }
        catch (VipsException)
        {
            return Error.Validation("logo", "The logo could not be read as an image; save it again as PNG, JPEG or WebP.");
        }
    }
}
