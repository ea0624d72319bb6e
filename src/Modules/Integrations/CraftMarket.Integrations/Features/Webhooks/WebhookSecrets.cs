using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>
/// Signing secrets as the Standard Webhooks specification writes them: "whsec_" and 32 random bytes
/// in base64. Shown to the admin once (at creation and rotation); kept encrypted with Data Protection,
/// never in the log, never in an API answer after that.
/// </summary>
internal sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    public const string Prefix = "whsec_";
    private readonly IDataProtector protector = protection.CreateProtector("CraftMarket.Integrations.WebhookSecrets.v1");

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
}
