using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CraftMarket.Catalogue.Contracts;

namespace CraftMarket.Media.Tests.Support;

/// <summary>
/// A tus 1.0.0 client, written from the protocol text, as an app (bearer, /api) or the household's
/// page (cookie and antiforgery header, /account) speaks it.
/// </summary>
public sealed class Tus(HttpClient client, ProductId product, string? antiforgery = null)
{
    public const string ChunkType = "application/offset+octet-stream";

    public string Collection => antiforgery is null
        ? $"/api/products/{product.Value}/photo-uploads"
        : $"/account/products/{product.Value}/photo-uploads";

    public static Tus Page(HttpClient client, ProductId product, string token) => new(client, product, token);

    public HttpRequestMessage Request(HttpMethod method, string path, bool version = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (version) request.Headers.Add("Tus-Resumable", "1.0.0");
        if (antiforgery is not null) request.Headers.Add("RequestVerificationToken", antiforgery);
        return request;
    }

    public async Task<HttpResponseMessage> CreateAsync(long length, string? key = null, string filename = "ảnh bình gốm.jpg", string filetype = "image/jpeg",
        byte[]? firstBytes = null)
    {
        var request = Request(HttpMethod.Post, Collection);
        request.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("Upload-Metadata", Metadata(("filename", filename), ("filetype", filetype), ("idempotencyKey", key)));
        if (firstBytes is not null) request.Content = Chunk(firstBytes);
        return await client.SendAsync(request);
    }

    /// <summary>Creates an upload and answers its URL (the Location), asserting 201.</summary>
    public async Task<string> NewAsync(long length, string? key = null)
    {
        using var created = await CreateAsync(length, key);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        created.Headers.GetValues("Tus-Resumable").ShouldBe(["1.0.0"]);
        return created.Headers.Location!.OriginalString;
    }

    public Task<HttpResponseMessage> HeadAsync(string url) => client.SendAsync(Request(HttpMethod.Head, url));

    public async Task<long> OffsetAsync(string url)
    {
        using var head = await HeadAsync(url);
        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Headers.CacheControl!.NoStore.ShouldBeTrue("tus: HEAD answers must not be cached");
        return long.Parse(head.Headers.GetValues("Upload-Offset").Single(), CultureInfo.InvariantCulture);
    }

    public Task<HttpResponseMessage> PatchAsync(string url, long offset, byte[] bytes, string contentType = ChunkType) =>
        PatchAsync(url, offset, Chunk(bytes, contentType));

    public Task<HttpResponseMessage> PatchAsync(string url, long offset, HttpContent content)
    {
        var request = Request(HttpMethod.Patch, url);
        request.Headers.Add("Upload-Offset", offset.ToString(CultureInfo.InvariantCulture));
        request.Content = content;
        return client.SendAsync(request);
    }

    public Task<HttpResponseMessage> DeleteAsync(string url) => client.SendAsync(Request(HttpMethod.Delete, url));

    /// <summary>Uploads the whole file in chunks of <paramref name="chunk"/> bytes; answers the completing PATCH.</summary>
    public async Task<HttpResponseMessage> UploadAsync(byte[] bytes, int chunk = 64 * 1024, string? key = null)
    {
        var url = await NewAsync(bytes.Length, key);
        for (var offset = 0; ; offset += chunk)
        {
            var response = await PatchAsync(url, offset, bytes[offset..Math.Min(bytes.Length, offset + chunk)]);
            if (offset + chunk >= bytes.Length || response.StatusCode != HttpStatusCode.NoContent) return response;
            response.Dispose();
        }
    }

    public static ByteArrayContent Chunk(byte[] bytes, string contentType = ChunkType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    public static Guid PhotoId(HttpResponseMessage response) => Guid.Parse(response.Headers.GetValues("CraftMarket-Photo-Id").Single());

    private static string Metadata(params (string Key, string? Value)[] pairs) =>
        string.Join(',', pairs.Where(p => p.Value is not null).Select(p => $"{p.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value!))}"));
}

/// <summary>A body that sends its first <paramref name="cutAfter"/> bytes and then loses the signal.</summary>
public sealed class CutBody(byte[] bytes, int cutAfter) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(bytes.AsMemory(0, cutAfter));
        await stream.FlushAsync();
        throw new IOException("signal lost");
    }

    protected override bool TryComputeLength(out long length)
    {
        length = bytes.Length;
        return false;
    }
}

/// <summary>PNGs whose chunks fail their CRC-32, made from a good one.</summary>
public static class BrokenPng
{
    /// <summary>The same PNG with the stored CRC of its first chunk of <paramref name="type"/> changed (the data itself untouched).</summary>
    public static byte[] WithBadCrc(byte[] png, string type)
    {
        var copy = png.ToArray();
        var at = 8;
        while (at + 12 <= copy.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(copy.AsSpan(at));
            if (Encoding.ASCII.GetString(copy, at + 4, 4) == type)
            {
                copy[at + 8 + length] ^= 0x5A;
                return copy;
            }
            at += length + 12;
        }
        throw new ArgumentException($"no {type} chunk");
    }
}
