using CraftMarket.Media.Domain;

namespace CraftMarket.Media.Features;

/// <summary>A photo as its producer and the association's staff see it, in any state.</summary>
public sealed record PhotoDto(
    Guid Id, Guid ProductId, string State, string? RejectionReason, int Position, bool IsCover,
    int Width, int Height, string? ThumbnailUrl, string? DominantColor, string? ClientId)
{
    internal static PhotoDto From(Photo p, bool isCover) => new(
        p.Id.Value, p.ProductId.Value, p.State.ToString().ToLowerInvariant(), p.RejectionReason, p.Position, isCover,
        p.Width, p.Height, p.IsReady ? RenditionUrls.For(p, 640, Imaging.RenditionFormat.Jpeg) : null, p.DominantColor, p.ClientId);
}
