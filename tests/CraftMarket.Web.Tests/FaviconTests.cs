using System.Net;
using System.Net.Http.Headers;
using CraftMarket.Testing;
using CraftMarket.Web.Seo;
using NetVips;

namespace CraftMarket.Web.Tests;

/// <summary>
/// Every host has icons (ADR 0072), where before /favicon.ico answered 404 on every page: a village
/// with a theme logo, one with an uploaded logo, one with none (its generated mark), the path form
/// and the platform host. Part of the landing page's class so it shares that class's started site.
/// </summary>
public sealed partial class LandingPageTests
{
    private static readonly string ThemesRoot = Path.Combine(FindUp("themes"));

    [Theory]
    [InlineData(null, "#2f5d50")]      // the platform's own mark
    [InlineData("dong-ky", "#6b4423")] // no logo: the generated mark in its brand colour
    public async Task A_host_without_a_logo_serves_its_generated_mark_in_every_size(string? slug, string primary)
    {
        var client = app.ClientFor(slug);
        var ico = await client.GetAsync("/favicon.ico");
        ico.StatusCode.ShouldBe(HttpStatusCode.OK);
        ico.Content.Headers.ContentType!.MediaType.ShouldBe("image/x-icon");
        ico.Headers.CacheControl!.Public.ShouldBeTrue();
        ico.Headers.CacheControl.MaxAge.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(TimeSpan.FromDays(1));
        var icons = IcoImages(await ico.Content.ReadAsByteArrayAsync());
        icons.Select(i => i.Size).ShouldBe([16, 32]);

        using var png32 = await Png(client, "/favicon-32.png", 32);
        using var touch = await Png(client, "/apple-touch-icon.png", 180);
        Pixel(png32, 2, 16).ShouldBe(Rgb(primary), "the mark's square is the brand colour");
        Pixel(touch, 8, 90).ShouldBe(Rgb(primary));
        // The initial, in white, in the middle of the square.
        using var middle = touch.Crop(50, 40, 80, 100);
        middle.Max().ShouldBeGreaterThan(240, "the brand's initial is drawn in white");
        using var fromIco = Image.NewFromBuffer(icons[1].Png);
        fromIco.Width.ShouldBe(32);
        Pixel(fromIco, 2, 16).ShouldBe(Rgb(primary));
    }

    [Fact]
    public async Task A_village_with_a_theme_logo_gets_icons_drawn_from_it_on_its_subdomain_and_path_form()
    {
        var served = await (await app.ClientFor("bat-trang").GetAsync("/favicon-32.png")).Content.ReadAsByteArrayAsync();
        var logo = await File.ReadAllBytesAsync(Path.Combine(ThemesRoot, "bat-trang", "wwwroot", "logo.png"));
        served.ShouldBe(FaviconArt.FromLogo(logo, "x").Png32, "drawn from the theme's logo (the PNG shipped beside its SVG)");
        served.ShouldNotBe(FaviconArt.Mark("Gốm Bát Tràng", "#1f4e79", "x").Png32);
        (await (await app.ClientFor(null).GetAsync("/v/bat-trang/favicon-32.png")).Content.ReadAsByteArrayAsync()).ShouldBe(served, "the path form serves the village's own");
        (await (await app.ClientFor(null).GetAsync("/favicon-32.png")).Content.ReadAsByteArrayAsync()).ShouldNotBe(served, "the platform host has its own");
    }

    [Fact]
    public async Task Icons_need_no_image_loader_beyond_the_ones_Media_leaves_open()
    {
        // Media blocks every libvips loader but JPEG, PNG, WebP and HEIF for the whole process (as here, again): an
        // icon drawn through an SVG failed with 500 whenever Media had started first.
        Operation.Block("VipsForeignLoad", true);
        foreach (var loader in new[] { "VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp", "VipsForeignLoadHeif" })
            Operation.Block(loader, false);
        using var mark = Image.NewFromBuffer(FaviconArt.Mark("Đông Kỵ", "#6b4423", "x").Png180);
        Pixel(mark, 8, 90).ShouldBe(Rgb("#6b4423"));
        var logo = await File.ReadAllBytesAsync(Path.Combine(ThemesRoot, "van-phuc", "wwwroot", "logo.png"));
        using var fromLogo = Image.NewFromBuffer(FaviconArt.FromLogo(logo, "x").Png180);
        fromLogo.Width.ShouldBe(180);
    }

    [Theory]
    [InlineData(null, "/en/", "")]
    [InlineData("van-phuc", "/fr/products", "")]
    [InlineData(null, "/v/dong-ky/en/about", "/v/dong-ky")]
    public async Task Pages_link_their_hosts_icons_and_browsers_revalidate_them(string? slug, string page, string siteBase)
    {
        var html = await app.ClientFor(slug).GetStringAsync(page);
        var version = IconVersion().Match(html);
        version.Success.ShouldBeTrue("a versioned icon link");
        html.ShouldContain($"<link rel=\"icon\" href=\"{siteBase}/favicon.ico?v={version.Groups[1].Value}\" sizes=\"16x16 32x32\">");
        html.ShouldContain($"<link rel=\"icon\" type=\"image/png\" sizes=\"32x32\" href=\"{siteBase}/favicon-32.png?v={version.Groups[1].Value}\">");
        html.ShouldContain($"<link rel=\"apple-touch-icon\" sizes=\"180x180\" href=\"{siteBase}/apple-touch-icon.png?v={version.Groups[1].Value}\">");

        var first = await app.ClientFor(slug).GetAsync($"{siteBase}/favicon-32.png?v={version.Groups[1].Value}");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{siteBase}/favicon-32.png");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        (await app.ClientFor(slug).SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task An_uploaded_logo_becomes_the_villages_icon_and_removing_it_brings_the_mark_back()
    {
        var admin = await app.ClientFor("dong-ky").SignedInAs(Auth.AssociationAdmin("dong-ky"));
        using var red = Image.Black(64, 64).NewFromImage(200, 20, 30);
        var file = new ByteArrayContent(red.PngsaveBuffer());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        try
        {
            (await admin.PostAsync("/api/association/brand/logo", new MultipartFormDataContent { { file, "logo", "logo.png" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
            using var icon = await Eventually.ReadAsync(() => Png(app.ClientFor("dong-ky"), "/favicon-32.png", 32), i => Pixel(i, 16, 16) == (200, 20, 30), TimeSpan.FromSeconds(10));
            Pixel(icon, 16, 16).ShouldBe((200, 20, 30), "the uploaded logo, scaled to 32 px");
        }
        finally
        {
            (await admin.DeleteAsync("/api/association/brand/logo")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        using var mark = await Eventually.ReadAsync(() => Png(app.ClientFor("dong-ky"), "/favicon-32.png", 32), i => Pixel(i, 2, 16) == Rgb("#6b4423"), TimeSpan.FromSeconds(10));
        Pixel(mark, 2, 16).ShouldBe(Rgb("#6b4423"));
    }

    private static async Task<Image> Png(HttpClient client, string path, int size)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        var image = Image.PngloadBuffer(await response.Content.ReadAsByteArrayAsync());
        image.Width.ShouldBe(size, path);
        image.Height.ShouldBe(size, path);
        return image;
    }

    private static (int, int, int) Pixel(Image image, int x, int y)
    {
        var p = image.Getpoint(x, y);
        return ((int)p[0], (int)p[1], (int)p[2]);
    }

    private static (int, int, int) Rgb(string hex) =>
        (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));

    /// <summary>The PNGs inside an .ico, from its directory.</summary>
    private static List<(int Size, byte[] Png)> IcoImages(byte[] ico)
    {
        BitConverter.ToUInt16(ico, 0).ShouldBe((ushort)0);
        BitConverter.ToUInt16(ico, 2).ShouldBe((ushort)1, "an icon resource");
        var images = new List<(int, byte[])>();
        for (var i = 0; i < BitConverter.ToUInt16(ico, 4); i++)
        {
            var entry = 6 + 16 * i;
            var length = (int)BitConverter.ToUInt32(ico, entry + 8);
            var offset = (int)BitConverter.ToUInt32(ico, entry + 12);
            images.Add((ico[entry], ico[offset..(offset + length)]));
        }
        return images;
    }

    private static string FindUp(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            // The repository's themes, not the build output's copy (which leaves the themes' wwwroot out).
            if (File.Exists(Path.Combine(dir.FullName, name, "bat-trang", "wwwroot", "logo.png"))) return Path.Combine(dir.FullName, name);
        throw new DirectoryNotFoundException(name);
    }

    [System.Text.RegularExpressions.GeneratedRegex("favicon-32\\.png\\?v=([0-9a-f]{12})")]
    private static partial System.Text.RegularExpressions.Regex IconVersion();
}
