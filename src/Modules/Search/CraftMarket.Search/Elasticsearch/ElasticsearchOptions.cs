namespace CraftMarket.Search.Elasticsearch;

/// <summary>
/// <c>Search:Elasticsearch:*</c>. <see cref="Index"/> is the alias every process reads and writes;
/// the indices behind it are versioned (<c>{Index}-v1</c>, then one per <c>reindex --all</c>).
/// </summary>
internal sealed class ElasticsearchOptions
{
    public string Url { get; set; } = "http://localhost:9200";
    public string? ApiKey { get; set; }
    public string Index { get; set; } = "craftmarket-products";

    /// <summary>A PEM (or DER) file with the cluster's CA certificate (Elasticsearch 8's <c>config/certs/http_ca.crt</c>): the server's certificate must chain to it and name the host.</summary>
    public string? CertificateAuthority { get; set; }

    /// <summary>The SHA-256 fingerprint (hex, colons allowed) of the cluster's CA or of its HTTP certificate, as Elasticsearch 8 prints it at first start: any certificate in the server's chain with it is trusted.</summary>
    public string? CertificateFingerprint { get; set; }

    /// <summary>Per attempt of a buyer's search (retried within three times this).</summary>
    public TimeSpan SearchTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Per write or admin request; a POST that outlasts it is never sent again by the HTTP client.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a long operation run as a task (<c>_delete_by_query</c>) is polled.</summary>
    public TimeSpan TaskPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A bulk's items refused with 429 (or the whole bulk answered 429/503) are sent again this many times, after 1, 2, 4… times <see cref="BulkBackoff"/>.</summary>
    public int BulkRetries { get; set; } = 6;

    public TimeSpan BulkBackoff { get; set; } = TimeSpan.FromMilliseconds(500);
}
