using System.Net.Http.Headers;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;

namespace CraftMarket.Media.Tests.Support;

/// <summary>Uploads as an API client does (multipart, field "file"), and waits for the render job.</summary>
public static class Uploads
{
    public static Task<HttpResponseMessage> Upload(this HttpClient client, ProductId product, byte[] bytes, string fileName = "photo.jpg",
        string? clientId = null, string contentType = "image/jpeg")
    {
        var form = new MultipartFormDataContent();
        if (clientId is not null) form.Add(new StringContent(clientId), "clientId");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/products/{product.Value}/photos", form);
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Polls the photo until the render job has decided (ready or rejected).</summary>
    public static async Task<JsonElement> Settled(this HttpClient client, ProductId product, Guid photo)
    {
        for (var i = 0; i < 600; i++)
        {
            var state = await (await client.GetAsync($"/api/products/{product.Value}/photos/{photo}")).Json();
            if (state.GetProperty("state").GetString() != "processing") return state;
            await Task.Delay(50);
        }
        throw new TimeoutException($"photo {photo} still processing after 30 s");
    }

    public static async Task<(Guid Id, JsonElement Photo)> UploadReady(this HttpClient client, ProductId product, byte[] bytes)
    {
        var response = await client.Upload(product, bytes);
        ((int)response.StatusCode).ShouldBe(202, await response.Content.ReadAsStringAsync());
        var id = (await response.Json()).GetProperty("id").GetGuid();
        var settled = await client.Settled(product, id);
        settled.GetProperty("state").GetString().ShouldBe("ready");
        return (id, settled);
    }
}
