using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Identity.Features.TwoFactor;

/// <summary>
/// The otpauth://totp/ URI an authenticator app reads (Key Uri Format): issuer "CraftMarket",
/// followed by the village's brand when set up on a village's site, so the entry in the app is
/// recognisable to the person who scanned it. The key is the same on every site of the platform.
/// </summary>
internal sealed class AuthenticatorUri(ITenantDirectory tenants, ITenantContext tenant)
{
    public const string Platform = "CraftMarket";

    public string Issuer =>
        tenants.SettingsOf(tenant) is { } village && Clean(village.BrandName) is { Length: > 0 } brand
            && !string.Equals(brand, Platform, StringComparison.Ordinal)
            ? $"{Platform} {brand}" : Platform;

    public string For(string account, string key)
    {
        var issuer = Uri.EscapeDataString(Issuer);
        return $"otpauth://totp/{issuer}:{Uri.EscapeDataString(account)}?secret={key}&issuer={issuer}&algorithm=SHA1&digits=6&period=30";
    }

    // A colon separates issuer and account in the label, so a brand may not carry one.
    private static string Clean(string brand) => brand.Replace(':', ' ').Trim();
}
