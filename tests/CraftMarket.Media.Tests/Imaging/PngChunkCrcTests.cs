using CraftMarket.Media.Imaging;
using CraftMarket.Media.Tests.Support;

namespace CraftMarket.Media.Tests.Imaging;

/// <summary>The CRC-32 of a PNG's critical chunks, checked on the staged file before a photo is accepted.</summary>
public sealed class PngChunkCrcTests
{
    [Theory]
    [InlineData("IHDR")]
    [InlineData("IDAT")]
    [InlineData("IEND")]
    public void A_critical_chunk_with_a_wrong_crc_is_named(string chunk)
    {
        using var file = new TempFile(BrokenPng.WithBadCrc(TestImages.Png(seed: 41), chunk));
        PngChunkCrc.FirstBadChunk(file.Path).ShouldBe(chunk);
        PngChunkCrc.Check(file.Path)!.Status.ShouldBe(422);
    }

    [Fact]
    public void Good_pngs_pass_including_a_large_noisy_one_and_a_16_bit_one()
    {
        using var small = new TempFile(TestImages.Png(seed: 42));
        using var noisy = new TempFile(TestImages.NoisyPng(1200, 900, seed: 43));
        using var png16 = new TempFile(TestImages.Png16());
        PngChunkCrc.FirstBadChunk(small.Path).ShouldBeNull();
        PngChunkCrc.FirstBadChunk(noisy.Path).ShouldBeNull();
        PngChunkCrc.FirstBadChunk(png16.Path).ShouldBeNull();
    }

    [Fact]
    public void The_crc_is_the_one_png_defines()
    {
        // The IEND chunk of every PNG: CRC-32 of "IEND" is AE 42 60 82.
        (PngChunkCrc.Update(0xFFFFFFFFu, "IEND"u8) ^ 0xFFFFFFFFu).ShouldBe(0xAE426082u);
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(byte[] bytes)
        {
            Path = System.IO.Path.GetTempFileName();
            File.WriteAllBytes(Path, bytes);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
