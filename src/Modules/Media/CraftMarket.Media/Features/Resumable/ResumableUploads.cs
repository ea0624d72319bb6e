using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Features.Upload;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Pages.Account;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Features.Resumable;

/// <summary>Which door a request came through: bearer API clients get English, the household's page its own language.</summary>
internal enum TusSurface { Api, Page }

/// <summary>
/// A tus 1.0.0 server (core, creation, creation-with-upload, termination, expiration) in front of the
/// photo upload pipeline. Who may do what is <see cref="PhotoAccess"/>'s rule, and an upload is its
/// creator's alone: anything else is 404. Limits are the normal upload's: Upload-Length above
/// MaxBytes is refused at creation (413), the header's format and pixel count as soon as enough bytes
/// have arrived, and the finished file goes through <see cref="UploadPipeline.AcceptAsync"/> exactly
/// as a multipart upload does (markup, completeness, PNG CRC, idempotency, count, quota).
/// </summary>
internal sealed class ResumableUploads(
    PhotoAccess access, UploadPipeline pipeline, UploadReceiver receiver, UploadRateLimits limits, ResumableUploadStore store,
    MediaDb db, MediaOptions options, TimeProvider clock, ModuleText<MediaText> t)
{
    /// <summary>How long a PATCH waits for another PATCH of the same upload (a dropped connection not yet noticed) before 423.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    public static IResult Options(HttpContext http, MediaOptions options)
    {
        Common(http);
        http.Response.Headers[TusHeaders.SupportedVersions] = TusHeaders.Version;
        http.Response.Headers[TusHeaders.Extension] = TusHeaders.Extensions;
        http.Response.Headers[TusHeaders.MaxSize] = options.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.NoContent();
    }

    public async Task<IResult> CreateAsync(Guid productId, HttpContext http, TusSurface surface, CancellationToken ct)
    {
        Common(http);
        if (await ActorAsync(productId, http, ct) is not { } actor) return NotFound(http);
        if (VersionRefusal(http) is { } version) return version;

        var request = http.Request;
        if (request.Headers.ContainsKey(TusHeaders.UploadDeferLength))
            return Problem(http, 400, "defer_length_unsupported", "Upload-Defer-Length is not supported: send Upload-Length, the photo's size in bytes.");
        var length = TusHeaders.NonNegative(request.Headers[TusHeaders.UploadLength].FirstOrDefault());
        if (length is null or < 0) return Problem(http, 400, "bad_upload_length", "Send Upload-Length: the photo's size in bytes, a whole number.");
        if (length == 0) return Problem(http, 400, "no_file", "The file is empty.");
        if (length > options.MaxBytes) return Refused(http, surface, receiver.TooBig());

        var metadata = TusHeaders.Metadata(request.Headers[TusHeaders.UploadMetadata].FirstOrDefault());
        if (metadata is null)
            return Problem(http, 400, "bad_metadata", "Upload-Metadata must be comma-separated pairs of a key and a base64 value, each key once.");
        if (metadata.TryGetValue("filetype", out var type) && type.Length > 0 && !type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
            return Refused(http, surface, Refusal.Unsupported($"The file is {type}, not a photo." + ImageSniffer.PhotosAccepted));
        var clientId = metadata.TryGetValue(TusHeaders.IdempotencyKeyMetadata, out var key) && key.Length > 0 ? key
            : request.Headers[UploadPipeline.ClientIdHeader].FirstOrDefault() is { Length: > 0 } header ? header : null;
        if (UploadPipeline.ClientIdRefusal(clientId) is { } badKey) return Refused(http, surface, badKey);
        var chunked = IsChunk(request.ContentType);
        if (request.ContentType is { Length: > 0 } && !chunked && request.ContentLength is > 0)
            return Problem(http, 415, "bad_content_type", $"A creation's body (creation-with-upload) must be sent as {TusHeaders.ChunkType}.");

        var now = clock.GetUtcNow();
        var fresh = new ResumableUpload(Guid.NewGuid().ToString("N"), actor.Product.TenantId.Value, productId, OwnerOf(http), length.Value,
            request.Headers[TusHeaders.UploadMetadata].FirstOrDefault(), clientId, metadata.GetValueOrDefault("filename"), now, now + options.ResumableExpiry);

        // A retry of a creation (the answer was lost) is the same upload, before any limit counts it again.
        var known = clientId is null ? null : await store.FindByKeyAsync(fresh.TenantId, clientId, ct);
        var count = await db.Photos.CountAsync(p => p.ProductId == actor.Product.Id, ct);
        if (known is null && count >= options.MaxPhotosPerProduct)
            return Refused(http, surface, new Refusal(409, "too_many_photos", $"A product has at most {options.MaxPhotosPerProduct} photos; remove one first."));
        if (known is null && await limits.TryTakeAsync(http.User, ct) is { } slow) return Refused(http, surface, slow);

        var (upload, existing) = await store.CreateAsync(fresh, ct);
        if (existing && (upload.Owner != fresh.Owner || upload.ProductId != productId))
            return Refused(http, surface, new Refusal(409, "client_id_reused", "This upload id was already used for a different photo; a new photo needs a new id."));
        if (existing && upload.Length != fresh.Length)
            return Refused(http, surface, new Refusal(409, "client_id_reused", "This upload id was already used for a file of another size; a new photo needs a new id."));

        http.Response.Headers.Location = $"{request.PathBase}{request.Path.Value!.TrimEnd('/')}/{upload.Id}";
        if (chunked && !existing && request.ContentLength is not 0)
        {
            var appended = await AppendAsync(actor, upload, 0, http, surface, ct);
            if (appended.StatusCode is not StatusCodes.Status204NoContent) return appended.Result;
        }
        else
        {
            Describe(http, upload);
        }
        return Results.StatusCode(StatusCodes.Status201Created);
    }

    public async Task<IResult> HeadAsync(Guid productId, string uploadId, HttpContext http, CancellationToken ct)
    {
        Common(http);
        if (await ActorAsync(productId, http, ct) is null) return Results.NotFound();
        if (!HasVersion(http)) return Results.StatusCode(StatusCodes.Status412PreconditionFailed);
        if (await FindAsync(productId, uploadId, http, ct) is not { } upload) return Results.NotFound();
        http.Response.Headers[TusHeaders.UploadLength] = upload.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (upload.Metadata is { Length: > 0 } metadata) http.Response.Headers[TusHeaders.UploadMetadata] = metadata;
        Describe(http, upload);
        return Results.Ok();
    }

    public async Task<IResult> PatchAsync(Guid productId, string uploadId, HttpContext http, TusSurface surface, CancellationToken ct)
    {
        Common(http);
        if (await ActorAsync(productId, http, ct) is not { } actor) return NotFound(http);
        if (VersionRefusal(http) is { } version) return version;
        if (!IsChunk(http.Request.ContentType))
            return Problem(http, 415, "bad_content_type", $"A PATCH carries the photo's next bytes as {TusHeaders.ChunkType}.");
        var offset = TusHeaders.NonNegative(http.Request.Headers[TusHeaders.UploadOffset].FirstOrDefault());
        if (offset is null or < 0) return Problem(http, 400, "bad_upload_offset", "Send Upload-Offset: where these bytes start, a whole number.");
        if (await FindAsync(productId, uploadId, http, ct) is not { } found) return NotFound(http);

        using var held = await store.LockAsync(found.Id, LockWait, ct);
        if (held is null) return Problem(http, 423, "upload_busy", "Another request is still writing this upload; ask HEAD for its offset and try again.");
        // Read again under the lock: the PATCH that held it may have completed or ended the upload.
        if (await FindAsync(productId, uploadId, http, ct) is not { } upload) return NotFound(http);
        return (await AppendAsync(actor, upload, offset.Value, http, surface, ct)).Result;
    }

    public async Task<IResult> DeleteAsync(Guid productId, string uploadId, HttpContext http, CancellationToken ct)
    {
        Common(http);
        if (await ActorAsync(productId, http, ct) is null) return NotFound(http);
        if (VersionRefusal(http) is { } version) return version;
        if (await FindAsync(productId, uploadId, http, ct) is not { } found) return NotFound(http);
        using var held = await store.LockAsync(found.Id, LockWait, ct);
        if (held is null) return Problem(http, 423, "upload_busy", "Another request is still writing this upload; try again in a moment.");
        store.Delete(found);
        return Results.NoContent();
    }

    private readonly record struct Answer(int StatusCode, IResult Result);

    /// <summary>The core of PATCH (and of creation-with-upload): offset check, append, early sniffing, and the hand-over when complete.</summary>
    private async Task<Answer> AppendAsync(Actor actor, ResumableUpload upload, long offset, HttpContext http, TusSurface surface, CancellationToken ct)
    {
        var current = store.OffsetOf(upload);
        if (offset != current)
        {
            http.Response.Headers[TusHeaders.UploadOffset] = current.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new(409, Problem(http, 409, "offset_mismatch", $"Upload-Offset is {offset} but the server has {current} bytes of this upload; continue from {current}."));
        }
        if (upload.IsComplete)
        {
            Describe(http, upload);   // the completing PATCH's answer was lost: the same answer again, never a second photo
            return new(204, Results.NoContent());
        }
        var room = upload.Length - current;
        if (http.Request.ContentLength > room) return new(413, TooMany(http, room));
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max) max.MaxRequestBodySize = room + 64 * 1024;

        var result = await store.AppendAsync(upload, http.Request.Body, room, ct);
        if (result == AppendResult.TooMany) return new(413, TooMany(http, room));
        upload = upload with { Expires = clock.GetUtcNow() + options.ResumableExpiry };
        await store.SaveAsync(upload, CancellationToken.None);
        var now = store.OffsetOf(upload);
        if (result == AppendResult.Interrupted)
        {
            http.Response.Headers[TusHeaders.UploadOffset] = now.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new(400, Problem(http, 400, "interrupted", $"The body ended early; {now} bytes are kept. Continue from Upload-Offset {now}."));
        }
        if (await SniffAsync(upload, now, ct) is { } refused)
        {
            store.Delete(upload);
            return new(refused.Status, Refused(http, surface, refused));
        }
        if (now < upload.Length)
        {
            Describe(http, upload);
            return new(204, Results.NoContent());
        }

        UploadOutcome outcome;
        await using (var part = new FileStream(store.PartPath(upload.Id), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            outcome = await pipeline.AcceptAsync(actor, upload.ClientId, part, CancellationToken.None);
        if (outcome.Refusal is { } refusal)
        {
            store.Delete(upload);
            return new(refusal.Status, Refused(http, surface, refusal));
        }
        upload = upload with { PhotoId = outcome.Photo!.Id, PhotoState = outcome.Photo.State };
        await store.SaveAsync(upload, CancellationToken.None);
        File.Delete(store.PartPath(upload.Id));
        Describe(http, upload);
        if (surface == TusSurface.Api) http.Response.Headers.Location = $"{http.Request.PathBase}/api/products/{upload.ProductId}/photos/{upload.PhotoId}";
        return new(204, Results.NoContent());
    }

    /// <summary>The format and pixel limits as soon as the header has arrived: a 100k x 100k PNG is refused after its first chunk, not its last.</summary>
    private async Task<Refusal?> SniffAsync(ResumableUpload upload, long received, CancellationToken ct)
    {
        var size = (int)Math.Min(received, ImageSniffer.MaxHeaderBytes);
        var head = new byte[size];
        await using (var part = new FileStream(store.PartPath(upload.Id), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, useAsync: true))
            await part.ReadExactlyAsync(head, ct);
        var sniffed = ImageSniffer.Sniff(head, complete: received == upload.Length);
        if (sniffed.Refusal is { } refusal) return refusal;
        return sniffed.Header is { } header ? receiver.Check(header) : null;
    }

    /// <summary>The actor, if they may manage the product's photos; anyone else (another village, another household, a buyer) is told "not found".</summary>
    private async Task<Actor?> ActorAsync(Guid productId, HttpContext http, CancellationToken ct)
    {
        var actor = await access.ForAsync(new ProductId(productId), http.Actor(), ct);
        return actor.IsSuccess && http.Actor().UserId is not null ? actor.Value : null;
    }

    /// <summary>The upload, if it is this caller's, for this product, in this association, and not expired.</summary>
    private async Task<ResumableUpload?> FindAsync(Guid productId, string uploadId, HttpContext http, CancellationToken ct)
    {
        var upload = await store.FindAsync(uploadId, ct);
        if (upload is null || upload.ProductId != productId || upload.Owner != OwnerOf(http)
            || http.Actor().TenantId is not { } tenant || upload.TenantId != tenant.Value)
            return null;
        return upload.Expires <= clock.GetUtcNow() ? null : upload;
    }

    private static Guid OwnerOf(HttpContext http) => http.Actor().UserId ?? Guid.Empty;

    private void Describe(HttpContext http, ResumableUpload upload)
    {
        http.Response.Headers[TusHeaders.UploadOffset] = store.OffsetOf(upload).ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers[TusHeaders.UploadExpires] = TusHeaders.Date(upload.Expires);
        if (upload.PhotoId is { } photo)
        {
            http.Response.Headers[TusHeaders.PhotoId] = photo.ToString();
            http.Response.Headers[TusHeaders.PhotoState] = upload.PhotoState;
        }
    }

    /// <summary>Every answer: the protocol version, never cached, and no status-code page in place of the problem.</summary>
    private static void Common(HttpContext http)
    {
        http.Response.Headers[TusHeaders.Resumable] = TusHeaders.Version;
        http.Response.Headers.CacheControl = "no-store";
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
    }

    private static bool HasVersion(HttpContext http) =>
        string.Equals(http.Request.Headers[TusHeaders.Resumable].FirstOrDefault(), TusHeaders.Version, StringComparison.Ordinal);

    private static IResult? VersionRefusal(HttpContext http)
    {
        if (HasVersion(http)) return null;
        http.Response.Headers[TusHeaders.SupportedVersions] = TusHeaders.Version;
        return Problem(http, 412, "tus_version", $"Send the header Tus-Resumable: {TusHeaders.Version}; this server speaks tus {TusHeaders.Version}.");
    }

    private static bool IsChunk(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals(TusHeaders.ChunkType, StringComparison.OrdinalIgnoreCase);

    private static IResult NotFound(HttpContext http) =>
        Problem(http, 404, "not_found", "No such upload or product here.");

    private static IResult TooMany(HttpContext http, long room) =>
        Problem(http, 413, "beyond_upload_length", $"This request carries more bytes than the upload has left ({room}); send at most Upload-Length minus Upload-Offset.");

    /// <summary>A photo refusal: English for API clients; the household's page gets the same words as its plain upload.</summary>
    private IResult Refused(HttpContext http, TusSurface surface, Refusal refusal) =>
        Problem(http, refusal.Status, refusal.Code, surface == TusSurface.Page ? PhotoTexts.Refusal(refusal, t, options) : refusal.Reason);

    private static IResult Problem(HttpContext http, int status, string code, string detail) =>
        HttpMethods.IsHead(http.Request.Method)
            ? Results.StatusCode(status)
            : TypedResults.Problem(detail, statusCode: status, title: status switch
            {
                400 => "Invalid request",
                404 => "Not found",
                409 => "Conflict",
                412 => "Unsupported tus version",
                413 => "Too large",
                415 => "Unsupported content",
                422 => "Damaged image",
                423 => "Upload busy",
                429 => "Too many uploads",
                _ => "Refused",
            }, extensions: new Dictionary<string, object?> { ["code"] = code });
}
