using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Imaging;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using CraftMarket.Identity.Contracts;

namespace CraftMarket.Media.Features.Upload;

/// <summary>
/// One path from an HTTP request to accepted photos, shared by the API and the photo page:
/// who (before a byte of the body is read), how fast, how big (Content-Length, then counted),
/// what (sniffed), then the handler. A multipart body is streamed part by part, never buffered
/// whole; a form the antiforgery check already read (the page without JavaScript) is used as is.
/// </summary>
internal sealed class UploadPipeline(PhotoAccess access, UploadRateLimits limits, UploadReceiver receiver, UploadPhotoHandler handler, MediaOptions options)
{
    public const string ClientIdHeader = "Idempotency-Key";
    private const int ClientIdMax = 100;

    public async Task<IReadOnlyList<UploadOutcome>> HandleAsync(ProductId product, HttpContext http, CancellationToken ct)
    {
        var actor = await access.ForAsync(product, http.Actor(), ct);
        if (actor.IsFailure) return [Refused(actor.Error!.Kind == ErrorKind.Forbidden ? 403 : 404, actor.Error.Code, actor.Error.Message)];
        if (http.Request.ContentLength > BodyLimit(options)) return [new(null, false, receiver.TooBig())];
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max) max.MaxRequestBodySize = BodyLimit(options);
        if (await limits.TryTakeAsync(http.User, ct) is { } slow) return [new(null, false, slow)];

        string? clientId = http.Request.Headers[ClientIdHeader].FirstOrDefault();
        if (http.Features.Get<IFormFeature>()?.Form is { } form)
        {
            var files = form.Files.GetFiles("file");
            if (files.Count == 0) return [NoFile()];
            clientId ??= form["clientId"].FirstOrDefault();
            var outcomes = new List<UploadOutcome>();
            foreach (var file in files)
            {
                await using var stream = file.OpenReadStream();
                // Several files in one plain form: each gets its own id derived from the form's.
                outcomes.Add(await AcceptAsync(actor.Value!, files.Count == 1 ? clientId : Derived(clientId, file.FileName, outcomes.Count), stream, ct));
            }
            return outcomes;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
            return [Refused(415, "not_multipart", "Send the photo as multipart/form-data with the file in a field named “file”.")];

        var reader = new MultipartReader(boundary, http.Request.Body) { HeadersLengthLimit = 16 * 1024 };
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (name == "clientId" && !disposition.IsFileDisposition())
            {
                using var text = new StreamReader(section.Body);
                var buffer = new char[ClientIdMax + 1];
                var read = await text.ReadBlockAsync(buffer, ct);
                clientId ??= new string(buffer, 0, read).Trim();
            }
            else if (name == "file" && disposition.IsFileDisposition())
            {
                return [await AcceptAsync(actor.Value!, clientId, section.Body, ct)];
            }
        }
        return [NoFile()];
    }

    /// <summary>A request's whole body: the photo (or the plain form's photos) plus room for the multipart headers and fields.</summary>
    public static long BodyLimit(MediaOptions options) => options.MaxBytes + 64 * 1024;

    /// <summary>
    /// One file's bytes, however they arrived (a multipart part, or a resumable upload's finished
    /// temp file): received, sniffed and checked, then handed to the handler.
    /// </summary>
    public async Task<UploadOutcome> AcceptAsync(Actor actor, string? clientId, Stream body, CancellationToken ct)
    {
        if (clientId is { Length: 0 }) clientId = null;
        if (ClientIdRefusal(clientId) is { } bad) return new(null, false, bad);
        var (file, refusal) = await receiver.ReceiveAsync(body, ct);
        if (file is null) return new(null, false, refusal);
        try
        {
            return await handler.HandleAsync(actor, clientId, file, ct);
        }
        finally
        {
            File.Delete(file.TempPath);
        }
    }

    /// <summary>An Idempotency-Key (or clientId) that cannot be a photo's client id, or null when it can (or is absent).</summary>
    public static Refusal? ClientIdRefusal(string? clientId) =>
        clientId is { Length: > ClientIdMax } || (clientId is not null && !clientId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            ? new Refusal(400, "bad_client_id", $"The upload id must be at most {ClientIdMax} letters, digits, '-', '_' or '.'.")
            : null;

    private static string? Derived(string? clientId, string fileName, int index) =>
        clientId is null ? null : $"{clientId}.{index}";

    private static UploadOutcome NoFile() => Refused(400, "no_file", "The request has no file in a field named “file”.");

    private static UploadOutcome Refused(int status, string code, string reason) => new(null, false, new Refusal(status, code, reason));
}
