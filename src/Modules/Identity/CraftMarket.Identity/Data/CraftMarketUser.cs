using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Data;

/// <summary>
/// A person on the platform, across associations. Producers sign in by phone and often have no
/// e-mail; staff and buyers sign in by e-mail. What a user may do in an association is not on the
/// user but in <see cref="TenantMembership"/> rows, so one phone can serve two villages.
/// </summary>
internal sealed class CraftMarketUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>vi, en, fr or ja: the language of pages and of the texts we send.</summary>
    public string PreferredLanguage { get; set; } = "vi";

    public string? BuyerCompany { get; set; }

    /// <summary>ISO 3166-1 alpha-2, e.g. JP.</summary>
    public string? BuyerCountry { get; set; }

    /// <summary>ISO 639-1 codes separated by commas, e.g. "ja,en".</summary>
    public string? BuyerLanguages { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static readonly IReadOnlyList<string> Languages = ["vi", "en", "fr", "ja"];
}
