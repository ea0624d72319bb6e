using CraftMarket.SharedKernel.Caching;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Imaging;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Media.Domain;

internal enum PhotoState { Processing, Ready, Rejected }

/// <summary>
/// A photograph of one product: its original (by content hash, in the blob store), where it
/// stands in the product's gallery, and once rendered, what pages need to show it.
/// </summary>
internal sealed class Photo : IShownOnStorefront
{
    private Photo() { }

    public PhotoId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public ProductId ProductId { get; private set; }
    /// <summary>The uploader's own id for this photo: a retry with the same id is the same photo.</summary>
    public string? ClientId { get; private set; }
    public string Sha256 { get; private set; } = "";
    public ImageFormat Format { get; private set; }
    public long ByteSize { get; private set; }
    public MemberId? Producer { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public int Position { get; private set; }
    public PhotoState State { get; private set; }
    public string? RejectionReason { get; private set; }
    public int Width { get; private set; }
    public int Height { get; private set; }
    /// <summary>"320x213 640x427 ..." once ready: long edge, width and height of each rendition.</summary>
    public string Sizes { get; private set; } = "";
    public int Recipe { get; private set; }
    public string? DominantColor { get; private set; }
    public string? Placeholder { get; private set; }
    public DateTimeOffset? ReadyAt { get; private set; }
    /// <summary>How many times rendering completed: the crash tests prove it stays at one.</summary>
    public int Renders { get; private set; }

    public static Photo Accept(TenantId tenant, ProductId product, string? clientId, string sha256, ImageHeader header, long bytes,
        MemberId? producer, int position, DateTimeOffset now) => new()
    {
        Id = PhotoId.New(), TenantId = tenant, ProductId = product, ClientId = clientId, Sha256 = sha256,
        Format = header.Format, ByteSize = bytes, Producer = producer, UploadedAt = now, Position = position,
        State = PhotoState.Processing, Width = header.Width, Height = header.Height,
    };

    public bool IsReady => State == PhotoState.Ready;

    public void MarkReady(RenderedPhoto rendered, DateTimeOffset now)
    {
        State = PhotoState.Ready;
        Width = rendered.Width;
        Height = rendered.Height;
        Sizes = string.Join(' ', rendered.Sizes.Select(s => $"{s.Edge}:{s.Width}x{s.Height}"));
        Recipe = RenditionRecipe.Version;
        DominantColor = rendered.DominantColor;
        Placeholder = rendered.Placeholder;
        ReadyAt = now;
        Renders++;
    }

    public void Reject(string reason)
    {
        State = PhotoState.Rejected;
        RejectionReason = reason.Length > 500 ? reason[..500] : reason;
    }

    public void MoveTo(int position) => Position = position;

    public IReadOnlyList<RenditionSize> RenditionSizes() =>
        [.. Sizes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s =>
        {
            var edge = s.Split(':');
            var wh = edge[1].Split('x');
            return new RenditionSize(int.Parse(edge[0], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(wh[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(wh[1], System.Globalization.CultureInfo.InvariantCulture));
        })];

    /// <summary>The URL segment that changes with the content and the recipe: what makes the URL safe to cache forever.</summary>
    public string ContentTag => $"{Sha256[..20]}r{Recipe}";
}

/// <summary>Whether a product is visible to buyers, kept from Catalogue's events so serving a photo never calls Catalogue.</summary>
internal sealed class ProductVisibility : IShownOnStorefront
{
    private ProductVisibility() { }

    public ProductVisibility(TenantId tenant, ProductId product, bool isPublic, DateTimeOffset now)
    {
        TenantId = tenant;
        ProductId = product;
        IsPublic = isPublic;
        ChangedAt = now;
    }

    public ProductId ProductId { get; private set; }
    public TenantId TenantId { get; private set; }
    public bool IsPublic { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    public void Set(bool isPublic, DateTimeOffset now)
    {
        IsPublic = isPublic;
        ChangedAt = now;
    }
}
