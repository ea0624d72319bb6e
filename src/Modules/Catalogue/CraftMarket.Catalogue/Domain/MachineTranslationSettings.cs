using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// The machine-translation service an association chose to pre-fill drafts (ADR 0068): off until it
/// gives an address. Only HTTPS to a public host; the key is kept but never shown again.
/// </summary>
internal sealed class MachineTranslationSettings : ITenantOwned
{
    public const int UrlMax = 500, KeyMax = 500;

    private MachineTranslationSettings() { }   // EF

    public TenantId TenantId { get; private set; }
    public string? ServiceUrl { get; private set; }
    public string? ApiKey { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsOn => ServiceUrl is not null;

    public static MachineTranslationSettings Off(TenantId tenant) => new() { TenantId = tenant };

    /// <param name="allowedHosts">Hosts reachable over plain HTTP and on private addresses (tests' local stubs only, by configuration).</param>
    /// <param name="apiKey">Null keeps the key already kept; "" removes it.</param>
    public Result Change(string? serviceUrl, string? apiKey, IReadOnlyCollection<string> allowedHosts, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl))
        {
            (ServiceUrl, ApiKey, UpdatedAt) = (null, null, now);
            return Result.Ok();
        }
        if (MachineTranslationAddress.Check(serviceUrl.Trim(), allowedHosts) is { } refused) return Error.Validation("serviceUrl", refused);
        if (apiKey?.Length > KeyMax) return Error.Validation("apiKey", $"At most {KeyMax} characters.");
        ServiceUrl = serviceUrl.Trim();
        if (apiKey is not null) ApiKey = apiKey.Trim().Length == 0 ? null : apiKey.Trim();
        UpdatedAt = now;
        return Result.Ok();
    }
}
