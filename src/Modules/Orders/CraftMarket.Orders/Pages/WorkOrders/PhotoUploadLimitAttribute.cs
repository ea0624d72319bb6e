using System.Net;
using CraftMarket.Orders.Features.WorkOrders;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CraftMarket.Orders.Pages.WorkOrders;

/// <summary>
/// The photo cap of <see cref="WorkOrderPhotos"/> on the phone page's plain multipart form, applied
/// before antiforgery reads the form (an authorization filter ordered before its 1000), so an
/// oversized body is refused unread instead of buffered to find the token.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class PhotoUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 900;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return Task.CompletedTask;
        if (!WorkOrderPhotos.Allow(http))
        {
            var back = WebUtility.HtmlEncode($"{http.Request.PathBase}{http.Request.Path}");
            context.Result = new ContentResult
            {
                StatusCode = StatusCodes.Status413PayloadTooLarge, ContentType = "text/html; charset=utf-8",
                Content = "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Ảnh quá lớn</title>" +
                    $"<p>Mỗi lần gửi tối đa {WorkOrderPhotos.MaxRequestBytes / (1024 * 1024)} MB. Hãy gửi ít ảnh hơn mỗi lần.</p>" +
                    $"<p><a href=\"{back}\">Quay lại</a></p></html>",
            };
            return Task.CompletedTask;
        }
        if (http.Features.Get<IFormFeature>()?.Form is null)
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = WorkOrderPhotos.MaxRequestBytes }));
        return Task.CompletedTask;
    }
}
