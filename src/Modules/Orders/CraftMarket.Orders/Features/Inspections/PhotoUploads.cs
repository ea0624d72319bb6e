using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>
/// Photos sent as multipart/form-data (the API and the inspector's plain form): several at once,
/// within one request cap. Each file's own limits, sniffing and re-encoding are Media's
/// (<c>IPrivateFiles</c>); this only bounds how much one request may make the server read.
/// </summary>
internal static class PhotoUploads
{
    public const long MaxRequestBytes = PhotoUploadCap.MaxRequestBytes;
    public const int MaxFilesPerRequest = LotVerdict.MaxPhotos;

    public static async Task<Result<IReadOnlyList<IFormFile>>> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (!PhotoUploadCap.Allow(http)) return TooLarge();
        if (!http.Request.HasFormContentType || http.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
            return Error.Validation("file", "Send the photos as multipart/form-data.");
        IFormCollection form;
        try
        {
            form = await new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = MaxRequestBytes }).ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return TooLarge();
        }
        var files = InspectionPhotos.Chosen(form.Files);
        if (files.Count == 0) return Error.Validation("file", "Choose at least one photo.");
        if (files.Count > MaxFilesPerRequest) return Error.Validation("file", $"At most {MaxFilesPerRequest} photos at once.");
        return Result.Ok(files);
    }

    private static Error TooLarge() => Error.Validation("file", $"At most {MaxRequestBytes / (1024 * 1024)} MB in one upload.");
}
