using System.Security.Cryptography;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Tenancy.Domain;

/// <summary>
/// An association's uploaded logo: the bytes, kept in the database with the tenant so every node
/// serves the same file and a tenant with no theme of its own (no theme folder) can have one.
/// <see cref="Version"/> is a hash of the bytes: it is part of the URL, so the URL can be cached forever.
/// </summary>
internal sealed class TenantLogo
{
    public const int MaxBytes = 512 * 1024;

    private TenantLogo() { }

    public TenantId TenantId { get; private set; }
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public string Version { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The site path pages use: the same on every host, language and village path form.</summary>
    public string Url => UrlOf(TenantId, Version, ContentType);

    public static string UrlOf(TenantId tenant, string version, string contentType) =>
        $"/logos/{tenant.Value:N}/{version}{Extension(contentType)}";

    /// <summary>
    /// The type is read from the bytes, never from the file name or the client's Content-Type; the
    /// bytes kept are the decoded and re-encoded image (<see cref="LogoImage"/>), and the version is their hash.
    /// </summary>
    public static Result<(byte[] Content, string ContentType, string Version)> Check(byte[] content)
    {
        if (content.Length == 0) return Error.Validation("logo", "Choose an image file for the logo.");
        if (content.Length > MaxBytes) return Error.Validation("logo", $"The logo is {content.Length / 1024} KB; at most {MaxBytes / 1024} KB.");
        if (Sniff(content) is not { } type) return Error.Validation("logo", "The logo must be a PNG, JPEG or WebP image.");
        var clean = LogoImage.Reencode(content, type);
        if (clean.IsFailure) return clean.Error!;
        return (clean.Value!, type, Convert.ToHexStringLower(SHA256.HashData(clean.Value!))[..16]);
    }

    public static TenantLogo For(TenantId tenant, byte[] content, string contentType, string version, DateTimeOffset now) =>
        new() { TenantId = tenant, Content = content, ContentType = contentType, Version = version, UploadedAt = now };

    public void Replace(byte[] content, string contentType, string version, DateTimeOffset now) =>
        (Content, ContentType, Version, UploadedAt) = (content, contentType, version, now);

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith(PngSignature)) return "image/png";
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "image/jpeg";
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    private static string Extension(string contentType) => contentType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        _ => ".webp",
    };
}
