using System.Net;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>
/// Photos sent as multipart/form-data (the API and the inspector's plain form): several at once,
/// within one request cap. Each file's own limits, sniffing and re-encoding are Media's
/// (<c>IPrivateFiles</c>); this only bounds how much one request may make the server read.
/// </summary>
internal static class PhotoUploads
{
    public const long MaxRequestBytes = 60L * 1024 * 1024;
    public const int MaxFilesPerRequest = LotVerdict.MaxPhotos;

    /// <summary>Raises the server's body limit to the cap (before the body is read); a declared length over it is refused unread.</summary>
    public static bool Allow(HttpContext http)
    {
        if (http.Request.ContentLength > MaxRequestBytes) return false;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max) max.MaxRequestBodySize = MaxRequestBytes;
        return true;
    }

    public static async Task<Result<IReadOnlyList<IFormFile>>> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (!Allow(http)) return TooLarge();
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

/// <summary>
/// The cap of <see cref="PhotoUploads"/> on the inspector's plain multipart form, applied before
/// antiforgery reads the form (an authorization filter ordered before its 1000), so an oversized
/// body is refused unread instead of buffered to find the token.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class PhotoUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 900;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return Task.CompletedTask;
        if (!PhotoUploads.Allow(http))
        {
            var back = WebUtility.HtmlEncode($"{http.Request.PathBase}{http.Request.Path}");
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status413PayloadTooLarge, ContentType = "text/html; charset=utf-8",
                Content = "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Tệp quá lớn</title>" +
                    $"<p>Mỗi lần gửi tối đa {PhotoUploads.MaxRequestBytes / (1024 * 1024)} MB. Hãy gửi ít ảnh hơn.</p>" +
                    $"<p><a href=\"{back}\">Quay lại</a></p></html>",
            };
            return Task.CompletedTask;
        }
        if (http.Features.Get<IFormFeature>()?.Form is null)
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = PhotoUploads.MaxRequestBytes }));
        return Task.CompletedTask;
    }
}
