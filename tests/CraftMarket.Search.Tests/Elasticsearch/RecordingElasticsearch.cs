using System.Net;
using System.Text;
using CraftMarket.Search.Elasticsearch;

namespace CraftMarket.Search.Tests.Elasticsearch;

internal sealed record Sent(string Method, string Path, string? ContentType, string Body)
{
    public string Line => $"{Method} {Path}";
}

/// <summary>
/// Stands in for a cluster: records every request and answers as Elasticsearch 8 would (the index
/// missing at first, bulk accepted, an update of a missing document 404). Search answers are taken
/// from <see cref="SearchAnswers"/> in order; the first <see cref="Unavailable"/> requests get 503.
/// </summary>
internal sealed class Recorder : HttpMessageHandler
{
    public List<Sent> Requests { get; } = [];
    public string BulkAnswer { get; init; } = """{"took":3,"errors":false,"items":[]}""";
    public Queue<string> SearchAnswers { get; } = new();
    public int Unavailable { get; set; }

    public static ElasticsearchEngine Engine(HttpMessageHandler handler, TimeProvider? clock = null) =>
        new(new Clients(handler), new ElasticsearchOptions { Url = "http://es.invalid:9200", Index = "cm" }, clock ?? TimeProvider.System);

    public IEnumerable<Sent> To(string pathStart) => Requests.Where(r => r.Path.StartsWith(pathStart, StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        Requests.Add(new Sent(request.Method.Method, request.RequestUri!.PathAndQuery, request.Content?.Headers.ContentType?.MediaType, body));
        if (Unavailable > 0)
        {
            Unavailable--;
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("""{"error":"unavailable","status":503}""") };
        }
        var path = request.RequestUri.AbsolutePath;
        return path switch
        {
            "/cm" when request.Method == HttpMethod.Head => new HttpResponseMessage(HttpStatusCode.NotFound),
            "/_bulk" => Json(BulkAnswer),
            "/cm/_search" => Json(SearchAnswers.Dequeue()),
            _ when path.StartsWith("/cm/_update", StringComparison.Ordinal) || path.StartsWith("/cm/_doc", StringComparison.Ordinal) =>
                new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("""{"error":{"type":"document_missing_exception"},"status":404}""") },
            _ => Json("""{"acknowledged":true}"""),
        };
    }

    private static HttpResponseMessage Json(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed class Clients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { BaseAddress = new Uri("http://es.invalid:9200/") };
    }
}
