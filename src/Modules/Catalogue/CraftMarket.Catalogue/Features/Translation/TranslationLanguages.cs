using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>
/// The languages a village's products need before buyers see them (ADR 0068): English always (required
/// to publish), and French or Japanese when the village sells in them, as its association set its site's
/// languages in Tenancy (ResolvedTenant.SupportedLanguages). Only English blocks publishing.
/// </summary>
internal sealed class TranslationLanguages(ITenantDirectory directory, ITenantContext tenant)
{
    public static readonly IReadOnlyList<string> Targets = ["en", "fr", "ja"];

    public IReadOnlyList<string> Needed()
    {
        var sold = directory.SettingsOf(tenant)?.SupportedLanguages ?? [];
        return [.. Targets.Where(l => l == "en" || sold.Contains(l, StringComparer.Ordinal))];
    }
}
