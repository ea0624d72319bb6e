namespace CraftMarket.SharedKernel.Pictures;

// Display records only, shared so that the catalogue's storefront card (Catalogue.Contracts) can
// carry a photo that Media renders: Media.Contracts already references Catalogue.Contracts for
// ProductId, so the card cannot reference Media.Contracts without a cycle.

/// <summary>One <c>&lt;source&gt;</c> of a <c>&lt;picture&gt;</c>: a format and its widths ("…/640.avif 640w, …").</summary>
public sealed record PictureSource(string MimeType, string SrcSet);

/// <summary>
/// Everything a page needs to render a processed photo without layout shift: intrinsic size,
/// the placeholder shown while loading, AVIF/WebP/JPEG sources, and a JPEG fallback URL.
/// </summary>
public sealed record PictureView(
    Guid Id, int Width, int Height, string DominantColor, string PlaceholderDataUri,
    IReadOnlyList<PictureSource> Sources, string FallbackUrl);
