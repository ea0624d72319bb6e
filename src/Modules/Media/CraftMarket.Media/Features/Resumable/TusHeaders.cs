using System.Globalization;
using System.Text;

namespace CraftMarket.Media.Features.Resumable;

/// <summary>The tus 1.0.0 protocol's header names and the parsing of its values (https://tus.io/protocols/resumable-upload).</summary>
internal static class TusHeaders
{
    public const string Version = "1.0.0";
    public const string Extensions = "creation,creation-with-upload,termination,expiration";
    public const string ChunkType = "application/offset+octet-stream";

    public const string Resumable = "Tus-Resumable";
    public const string SupportedVersions = "Tus-Version";
    public const string Extension = "Tus-Extension";
    public const string MaxSize = "Tus-Max-Size";
    public const string UploadOffset = "Upload-Offset";
    public const string UploadLength = "Upload-Length";
    public const string UploadDeferLength = "Upload-Defer-Length";
    public const string UploadMetadata = "Upload-Metadata";
    public const string UploadExpires = "Upload-Expires";

    /// <summary>CraftMarket's own answers on the completing PATCH (and HEAD once complete): the photo the upload became, and its state.</summary>
    public const string PhotoId = "CraftMarket-Photo-Id";
    public const string PhotoState = "CraftMarket-Photo-State";

    /// <summary>The Upload-Metadata key for the client's idempotency key (the Idempotency-Key header works as well).</summary>
    public const string IdempotencyKeyMetadata = "idempotencyKey";

    /// <summary>A non-negative integer header (Upload-Length, Upload-Offset): null when absent, -1 when malformed.</summary>
    public static long? NonNegative(string? value)
    {
        if (value is null) return null;
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }

    /// <summary>
    /// Upload-Metadata: comma-separated pairs of a key (ASCII, no spaces or commas, unique) and an
    /// optional base64 value. Null on any malformed pair, so the creation is refused with a reason.
    /// </summary>
    public static Dictionary<string, string>? Metadata(string? header)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(header)) return pairs;
        if (header.Length > 4096) return null;
        foreach (var raw in header.Split(','))
        {
            var pair = raw.Trim();
            var space = pair.IndexOf(' ', StringComparison.Ordinal);
            var key = space < 0 ? pair : pair[..space];
            if (key.Length == 0 || !key.All(c => c is > ' ' and < (char)127) || pairs.ContainsKey(key)) return null;
            var value = "";
            if (space >= 0)
            {
                try
                {
                    value = Encoding.UTF8.GetString(Convert.FromBase64String(pair[(space + 1)..].Trim()));
                }
                catch (FormatException)
                {
                    return null;
                }
            }
            pairs[key] = value;
        }
        return pairs;
    }

    /// <summary>Upload-Expires is an RFC 9110 HTTP date.</summary>
    public static string Date(DateTimeOffset at) => at.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
