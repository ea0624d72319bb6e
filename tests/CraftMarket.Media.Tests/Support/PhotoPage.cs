using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Testing;

namespace CraftMarket.Media.Tests.Support;

/// <summary>
/// The photo manager page as a browser drives it: cookie sign-in, the antiforgery token from the
/// rendered page, uploads as the page's script sends them (header token, Idempotency-Key) or as
/// its plain form does, and the list fragment the script polls.
/// </summary>
public static partial class PhotoPage
{
    public static string Url(ProductId product) => $"/account/products/{product.Value}/photos";

    public static async Task<HttpClient> SignedInWithCookie(this MediaApp app, string slug, string login) =>
        await app.ClientFor(slug).SignedInWithCookie(login);

    public static async Task<string> TokenAsync(this HttpClient client, ProductId product)
    {
        var page = await client.GetAsync(Url(product));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = Forms.Antiforgery(await page.Content.ReadAsStringAsync());
        token.ShouldNotBeNullOrEmpty();
        return token;
    }

    /// <summary>One photo, as photos.js sends it: the file alone in the body, the token and the upload's id in headers.</summary>
    public static Task<HttpResponseMessage> UploadAsScript(this HttpClient client, ProductId product, byte[] bytes, string? token, string? key = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "photo.jpg");
        return client.UploadAsScript(product, form, token, key);
    }

    public static async Task<HttpResponseMessage> UploadAsScript(this HttpClient client, ProductId product, HttpContent form, string? token, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url(product) + "?handler=Upload") { Content = form };
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        request.Headers.Add("X-Requested-With", "fetch");
        return await client.SendAsync(request);
    }

    /// <summary>The plain form without script: token and client id as fields, every chosen file in "file".</summary>
    public static Task<HttpResponseMessage> UploadAsForm(this HttpClient client, ProductId product, string token, string clientId, params byte[][] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(clientId), "clientId" },
        };
        for (var i = 0; i < files.Length; i++)
        {
            var file = new ByteArrayContent(files[i]);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, "file", $"photo{i}.jpg");
        }
        return client.PostAsync(Url(product) + "?handler=Upload", form);
    }

    /// <summary>Posts one of the list's small forms (Move, Cover, Remove, Reject) as a browser without script.</summary>
    public static async Task<HttpResponseMessage> Act(this HttpClient client, ProductId product, string handler, Guid photo, params (string Name, string Value)[] fields)
    {
        var token = await client.TokenAsync(product);
        var values = new Dictionary<string, string> { ["photo"] = photo.ToString() };
        foreach (var (name, value) in fields) values[name] = value;
        return await client.PostFormAsync($"{Url(product)}?handler={handler}", values, token);
    }

    public static async Task<string> ListAsync(this HttpClient client, ProductId product) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(Url(product) + "?handler=List"));

    /// <summary>Polls the list fragment, as the page's script does, until the photo is no longer processing.</summary>
    public static async Task<string> SettledOnPage(this HttpClient client, ProductId product, Guid photo)
    {
        for (var i = 0; i < 600; i++)
        {
            var list = await client.ListAsync(product);
            var state = StateOf(list, photo);
            state.ShouldNotBeNull($"photo {photo} is in the list");
            if (state != "processing") return list;
            await Task.Delay(50);
        }
        throw new TimeoutException($"photo {photo} still processing after 30 s");
    }

    public static string? StateOf(string html, Guid photo) =>
        Regex.Match(html, $"data-photo=\"{photo}\" data-state=\"([a-z]+)\"") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The photos' ids in the order the list shows them.</summary>
    public static IReadOnlyList<Guid> Order(string html) =>
        [.. PhotoIds().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex("<li class=\"photo-item\" data-photo=\"([0-9a-f-]{36})\"")]
    private static partial Regex PhotoIds();
}
