using CraftMarket.Media.Imaging;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Media.Pages.Account;

/// <summary>
/// What the photo page tells a producer, in the page's language. The API's refusal reasons are
/// English sentences with figures in them; the page says the same per refusal code, with the
/// figures from the options, so one translation covers every case. Fixed sentences (a damaged
/// file, HEIC) are translated as they are.
/// </summary>
internal static class PhotoTexts
{
    public static string Refusal(Refusal refusal, Ui t, MediaOptions options)
    {
        var exact = t[refusal.Reason];
        if (exact != refusal.Reason) return exact;
        return refusal.Code switch
        {
            "too_large" => t.Format("The photo is too large: at most {0} MB and {1} megapixels.", options.MaxBytes / (1024 * 1024), options.MaxPixels / 1_000_000),
            "too_small" => t.Format("The photo is too small: buyers need at least {0} pixels on its long side.", options.MinLongEdge),
            "unsupported_type" => t["This file is not a photo the site accepts (JPEG, PNG, WebP or AVIF)."],
            "damaged_image" => t["The photo is damaged or incomplete. Take or choose it again."],
            "too_many_photos" => t.Format("A product has at most {0} photos; remove one first.", options.MaxPhotosPerProduct),
            "quota_exceeded" => t.Format("Your photos use all of your {0} MB; remove old photos to add new ones.", options.QuotaBytesPerProducer / (1024 * 1024)),
            "rate_limited" => t.Format("Too many uploads at once (at most {0} a minute). The page tries again by itself.", options.UploadsPerMinute),
            "no_file" => t["Choose at least one photo."],
            _ => t["The photo could not be uploaded."],
        };
    }

    /// <summary>A rejection: the render job's fixed reasons are translated; staff write theirs in their own words.</summary>
    public static string Rejection(string? reason, Ui t) => reason is null ? "" : t[reason];

    public static string State(string state) => state switch
    {
        "processing" => "Processing",
        "ready" => "Ready",
        "rejected" => "Rejected",
        _ => state,
    };
}
