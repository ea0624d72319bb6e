using System.Net;
using System.Net.Http.Headers;

namespace CraftMarket.Media.Tests.Support;

/// <summary>
/// A huge upload that exists only as it is read: a real JPEG header, then filler, counting every
/// byte the server pulls, so a test can prove the server stopped reading early.
/// </summary>
public sealed class CountingBody(byte[] head, long totalBytes, bool declareLength) : HttpContent
{
    public long BytesRead { get; private set; }

    public MultipartFormDataContent AsMultipart()
    {
        Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var form = new MultipartFormDataContent { { this, "file", "huge.jpg" } };
        if (!declareLength) form.Headers.ContentLength = null;
        return form;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        await stream.WriteAsync(head);
        BytesRead = head.Length;
        while (BytesRead < totalBytes)
        {
            var n = (int)Math.Min(chunk.Length, totalBytes - BytesRead);
            await stream.WriteAsync(chunk.AsMemory(0, n));
            BytesRead += n;
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = totalBytes;
        return declareLength;
    }
}
