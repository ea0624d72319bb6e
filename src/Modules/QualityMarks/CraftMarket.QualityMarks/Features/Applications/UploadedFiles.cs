using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>
/// Files sent as multipart/form-data (API and the phone pages' plain forms): several at once, any
/// field name, within one request cap. Each file's own limits, sniffing and re-encoding are Media's
/// (<c>IPrivateFiles</c>); this only bounds how much one request may make the server read.
/// </summary>
internal static class UploadedFiles
{
    public const long MaxRequestBytes = 100L * 1024 * 1024;
    public const int MaxFilesPerRequest = 10;

    /// <summary>Raises the server's body limit to the cap (before the body is read); a declared length over it is refused unread.</summary>
    public static bool Allow(HttpContext http)
    {
        if (http.Request.ContentLength > MaxRequestBytes) return false;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max) max.MaxRequestBodySize = MaxRequestBytes;
        return true;
    }

    public static async Task<Result<IFormCollection>> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (!Allow(http)) return TooLarge();
        if (!http.Request.HasFormContentType || http.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
            return Error.Validation("file", "Send the files as multipart/form-data.");
        IFormCollection form;
        try
        {
            form = await new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }).ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return TooLarge();
        }
        if (form.Files.Count == 0) return Error.Validation("file", "Choose at least one photo or PDF.");
        if (form.Files.Count > MaxFilesPerRequest) return Error.Validation("file", $"At most {MaxFilesPerRequest} files at once.");
        return Result.Ok(form);
    }

    private static Error TooLarge() => Error.Validation("file", $"At most {MaxRequestBytes / (1024 * 1024)} MB in one upload.");
}
