using System.Net;
using CraftMarket.Media.Features.Upload;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Media.Pages.Account;

/// <summary>
/// The byte limit (Media:MaxBytes) on the photo page's posts, applied before antiforgery reads the
/// plain form (which carries its token as a field, so the whole multipart body would otherwise be
/// read, and buffered, before the upload pipeline saw the Content-Length). Runs as an authorization
/// filter ordered before antiforgery's (order 1000), as [RequestSizeLimit]/[RequestFormLimits] do,
/// but with the configured limit: a declared length over it is refused unread; a body without one
/// is cut off by the server's body size limit and the form reader's.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class UploadSizeLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 900;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)) return Task.CompletedTask;
        var options = http.RequestServices.GetRequiredService<MediaOptions>();
        var limit = UploadPipeline.BodyLimit(options);
        if (http.Request.ContentLength > limit)
        {
            context.Result = TooLarge(http, options);
            return Task.CompletedTask;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max) max.MaxRequestBodySize = limit;
        if (http.Features.Get<IFormFeature>()?.Form is null)
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        return Task.CompletedTask;
    }

    /// <summary>The same words as the pipeline's refusal: a problem for the page's script, a short page for a plain form.</summary>
    private static IActionResult TooLarge(HttpContext http, MediaOptions options)
    {
        var t = http.RequestServices.GetRequiredService<ModuleText<MediaText>>();
        var receiver = http.RequestServices.GetRequiredService<UploadReceiver>();
        var message = PhotoTexts.Refusal(receiver.TooBig(), t, options);
        if (http.Request.Headers["X-Requested-With"] == "fetch")
            return new JsonResult(new ProblemDetails { Status = 413, Title = "Photo refused", Detail = message, Extensions = { ["code"] = "too_large" } })
            { StatusCode = 413, ContentType = "application/problem+json" };
        var back = WebUtility.HtmlEncode($"{http.Request.PathBase}{http.Request.Path}");
        return new ContentResult
        {
            StatusCode = 413, ContentType = "text/html; charset=utf-8",
            Content = $"<!doctype html><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(t["Product photos"])}</title>" +
                $"<p>{WebUtility.HtmlEncode(message)}</p><p><a href=\"{back}\">{WebUtility.HtmlEncode(t["Product photos"])}</a></p>",
        };
    }
}
