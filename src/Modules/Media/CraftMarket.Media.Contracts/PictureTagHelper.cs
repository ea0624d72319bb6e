using CraftMarket.SharedKernel.Pictures;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CraftMarket.Media.Contracts;

/// <summary>
/// Renders a <see cref="PictureView"/> as <c>&lt;picture&gt;</c>: AVIF, WebP and JPEG sources with
/// srcset and the caller's <c>sizes</c>, an <c>&lt;img&gt;</c> with intrinsic width and height (no
/// layout shift), lazy unless <see cref="Priority"/>, and the dominant colour and blurred preview as
/// its background until the photo arrives. Any page can use it once its _ViewImports has
/// <c>@addTagHelper *, CraftMarket.Media.Contracts</c>:
/// <code>&lt;product-picture photo="cover" alt="@name" sizes="(min-width: 52rem) 16rem, 100vw" /&gt;</code>
/// </summary>
/// <remarks>
/// The placeholder is an inline style attribute with a data: URL: the site's CSP allows inline
/// styles and <c>img-src 'self' data:</c>. Both values come from Media's own rendering, and are
/// still checked here (a colour, a base64 image) so no text can escape into the style.
/// </remarks>
[HtmlTargetElement("product-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed partial class PictureTagHelper(HtmlEncoder encoder) : TagHelper
{
    /// <summary>The photo to show; nothing is rendered when null.</summary>
    public PictureView? Photo { get; set; }

    /// <summary>What the photo shows, in the page's language (usually the product's name).</summary>
    public string Alt { get; set; } = "";

    /// <summary>How wide the image is laid out, as the <c>sizes</c> attribute: the browser picks the rendition from it.</summary>
    public string Sizes { get; set; } = "100vw";

    /// <summary>The first image above the fold: loaded eagerly with high fetch priority. Everything else is lazy.</summary>
    public bool Priority { get; set; }

    /// <summary>Renditions wider than this are left out of the srcset (a card never needs the 2048 px one); 0 keeps all.</summary>
    public int MaxWidth { get; set; }

    /// <summary>
    /// Show the whole photo in its own proportions (the product page's main photo), overriding the
    /// theme's fixed card ratio; the ratio is in the markup, so the box is still sized before loading.
    /// </summary>
    public bool KeepRatio { get; set; }

    /// <summary>Extra classes on the <c>&lt;picture&gt;</c>, besides <c>photo</c>.</summary>
    public string? Class { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Photo is not { } photo)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Class is { Length: > 0 } extra ? "photo " + extra : "photo");

        var html = new StringBuilder(1024);
        foreach (var source in photo.Sources)
        {
            html.Append("<source type=\"").Append(encoder.Encode(source.MimeType))
                .Append("\" srcset=\"").Append(encoder.Encode(Trim(source.SrcSet)))
                .Append("\" sizes=\"").Append(encoder.Encode(Sizes)).Append("\">");
        }
        html.Append("<img src=\"").Append(encoder.Encode(photo.FallbackUrl))
            .Append("\" alt=\"").Append(encoder.Encode(Alt))
            .Append("\" width=\"").Append(photo.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(photo.Height.ToString(CultureInfo.InvariantCulture))
            .Append(Priority ? "\" loading=\"eager\" fetchpriority=\"high\"" : "\" loading=\"lazy\" decoding=\"async\"");
        html.Append(" style=\"");
        if (KeepRatio) html.Append("aspect-ratio:").Append(photo.Width.ToString(CultureInfo.InvariantCulture)).Append('/').Append(photo.Height.ToString(CultureInfo.InvariantCulture)).Append(';');
        html.Append("background:").Append(Colour().IsMatch(photo.DominantColor) ? photo.DominantColor : "#d9d4cc");
        if (Placeholder().IsMatch(photo.PlaceholderDataUri)) html.Append(" url(").Append(photo.PlaceholderDataUri).Append(") center/cover no-repeat");
        html.Append("\">");
        output.Content.SetHtmlContent(html.ToString());
    }

    /// <summary>The srcset without entries wider than <see cref="MaxWidth"/>, keeping at least the narrowest.</summary>
    private string Trim(string srcSet)
    {
        if (MaxWidth <= 0) return srcSet;
        var entries = srcSet.Split(", ", StringSplitOptions.RemoveEmptyEntries);
        var kept = entries.Where((entry, i) => i == 0 || WidthOf(entry) <= MaxWidth).ToArray();
        return string.Join(", ", kept);
    }

    private static int WidthOf(string entry) =>
        entry.LastIndexOf(' ') is var space and > 0 && entry.EndsWith('w')
        && int.TryParse(entry.AsSpan(space + 1, entry.Length - space - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            ? width : int.MaxValue;

    [GeneratedRegex("^#[0-9a-fA-F]{3,8}$")]
    private static partial Regex Colour();

    [GeneratedRegex("^data:image/(webp|png|jpeg|avif);base64,[A-Za-z0-9+/]+=*$")]
    private static partial Regex Placeholder();
}
