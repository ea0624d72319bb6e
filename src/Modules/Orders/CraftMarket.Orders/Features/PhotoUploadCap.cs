using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CraftMarket.Orders.Features;

/// <summary>
/// How much one photo upload (households' progress photos, inspectors' defect photos) may make the
/// server read. Each file's own limits, sniffing and re-encoding are Media's (<c>IPrivateFiles</c>).
/// </summary>
internal static class PhotoUploadCap
{
    public const long MaxRequestBytes = 60L * 1024 * 1024;

    /// <summary>Raises the server's body limit to the cap (before the body is read); a declared length over it is refused unread.</summary>
    public static bool Allow(HttpContext http)
    {
        if (http.Request.ContentLength > MaxRequestBytes) return false;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max) max.MaxRequestBodySize = MaxRequestBytes;
        return true;
    }
}

/// <summary>
/// The cap of <see cref="PhotoUploadCap"/> on a phone page's plain multipart form (the household's work
/// order, the inspector's lot), applied before antiforgery reads the form (an authorization filter
/// ordered before its 1000), so an oversized body is refused unread instead of buffered to find the token.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class PhotoUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 900;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return Task.CompletedTask;
        if (!PhotoUploadCap.Allow(http))
        {
            var back = WebUtility.HtmlEncode($"{http.Request.PathBase}{http.Request.Path}");
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status413PayloadTooLarge, ContentType = "text/html; charset=utf-8",
                Content = "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Ảnh quá lớn</title>" +
                    $"<p>Mỗi lần gửi tối đa {PhotoUploadCap.MaxRequestBytes / (1024 * 1024)} MB. Hãy gửi ít ảnh hơn mỗi lần.</p>" +
                    $"<p><a href=\"{back}\">Quay lại</a></p></html>",
            };
            return Task.CompletedTask;
        }
        if (http.Features.Get<IFormFeature>()?.Form is null)
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = PhotoUploadCap.MaxRequestBytes }));
        return Task.CompletedTask;
    }
}
