namespace CraftMarket.Media.Imaging;

/// <summary>The formats a photo may arrive in, decided from its bytes, never from its name or declared type.</summary>
internal enum ImageFormat { Jpeg, Png, WebP, Avif, Heic }

/// <summary>What the container header says, read without decoding a pixel.</summary>
internal sealed record ImageHeader(ImageFormat Format, int Width, int Height, string Detail = "")
{
    public long Pixels => (long)Width * Height;

    public string MimeType => Format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.WebP => "image/webp",
        ImageFormat.Avif => "image/avif",
        _ => "image/heic",
    };
}

/// <summary>Why a file is refused, in words a producer's app can show, and the HTTP status that fits.</summary>
internal sealed record Refusal(int Status, string Code, string Reason)
{
    public static Refusal Unsupported(string reason) => new(415, "unsupported_type", reason);
    public static Refusal Damaged(string reason) => new(422, "damaged_image", reason);
    public static Refusal TooLarge(string reason) => new(413, "too_large", reason);
}

/// <summary>Outcome of looking at the first bytes: a header, a refusal, or "show me more bytes".</summary>
internal readonly record struct SniffResult(ImageHeader? Header, Refusal? Refusal, bool NeedMore)
{
    public static SniffResult Ok(ImageHeader header) => new(header, null, false);
    public static SniffResult Refuse(Refusal refusal) => new(null, refusal, false);
    public static readonly SniffResult More = new(null, null, true);
}
