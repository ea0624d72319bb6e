using System.Security.Cryptography;
using System.Text;

namespace CraftMarket.QualityMarks.Seeding;

/// <summary>
/// The demo associations' Ed25519 private keys, derived from their slugs: public knowledge, so the
/// demo's item codes (and the README's verify URLs) are the same on every machine. Demo only:
/// anyone can forge a code signed with these, which is why a real association's key is random.
/// </summary>
internal static class DemoKeys
{
    public static byte[] PrivateKeyFor(string slug) => SHA256.HashData(Encoding.UTF8.GetBytes($"craftmarket-demo-key:{slug}"));
}
