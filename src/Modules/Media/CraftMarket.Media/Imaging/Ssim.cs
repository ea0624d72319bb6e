using NetVips;

namespace CraftMarket.Media.Imaging;

/// <summary>
/// Structural similarity (Wang, Bovik, Sheikh and Simoncelli 2004) of an encoded rendition against the
/// pixels it was encoded from, computed with libvips: a Gaussian window of sigma 1.5 (11 taps, as the paper's),
/// C1 = (0.01 x 255)², C2 = (0.03 x 255)², on Y, Cb and Cr (BT.601), averaged 6:1:1 as video tools
/// weigh a 4:2:0 picture's planes, so lost colour detail counts but less than lost luma detail.
/// 1 is identical. ADR 74 says why renditions aim at <see cref="MediaOptions.TargetSsim"/>.
/// </summary>
internal static class Ssim
{
    private const double C1 = 6.5025;
    private const double C2 = 58.5225;
    private const double Sigma = 1.5;

    private static readonly double[,] YCbCr =
    {
        { 0.299, 0.587, 0.114 },
        { -0.168736, -0.331264, 0.5 },
        { 0.5, -0.418688, -0.081312 },
    };

    public static double Of(Image reference, byte[] encoded)
    {
        using var decoded = Image.NewFromBuffer(encoded, access: Enums.Access.Sequential);
        return Of(reference, decoded);
    }

    public static double Of(Image reference, Image candidate)
    {
        if (reference.Width != candidate.Width || reference.Height != candidate.Height)
            throw new ArgumentException($"SSIM needs the same size: {reference.Width}x{reference.Height} against {candidate.Width}x{candidate.Height}.", nameof(candidate));
        using var x = Planes(reference);
        using var y = Planes(candidate);
        using var meanX = Blur(x);
        using var meanY = Blur(y);
        using var xx = x * x;
        using var yy = y * y;
        using var xy = x * y;
        using var meanXx = Blur(xx);
        using var meanYy = Blur(yy);
        using var meanXy = Blur(xy);
        using var meanX2 = meanX * meanX;
        using var meanY2 = meanY * meanY;
        using var meanXmeanY = meanX * meanY;
        using var luminance = meanXmeanY * 2 + C1;
        using var covariance = (meanXy - meanXmeanY) * 2 + C2;
        using var numerator = luminance * covariance;
        using var means = meanX2 + meanY2 + C1;
        using var variances = meanXx - meanX2 + (meanYy - meanY2) + C2;
        using var denominator = means * variances;
        using var map = numerator / denominator;
        using var stats = map.Stats();
        // stats: row 0 is all bands together, row 1 + b is band b; column 4 is the mean.
        return (6 * stats[4, 1][0] + stats[4, 2][0] + stats[4, 3][0]) / 8;
    }

    // min_ampl 0.003 makes libvips' mask 11 taps wide at sigma 1.5 (its default 0.2 cuts it to 5, 0.01 to 9).
    private static Image Blur(Image image) => image.Gaussblur(Sigma, minAmpl: 0.003, precision: Enums.Precision.Float);

    private static Image Planes(Image image)
    {
        using var rgb = image.Bands > 3 ? image.ExtractBand(0, n: 3) : image.Copy();
        using var floats = rgb.Cast(Enums.BandFormat.Float);
        using var matrix = Image.NewFromArray(YCbCr);
        // In memory once: the SSIM map reads every plane several times.
        using var planes = floats.Recomb(matrix);
        return planes.CopyMemory();
    }
}
