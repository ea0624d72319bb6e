namespace CraftMarket.Identity.Messaging;

/// <summary>Enough of an address for an operator to match a complaint, not enough to harvest from logs.</summary>
internal static class Masked
{
    public static string Email(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? "***" + address[Math.Max(at, 0)..] : address[..1] + "***" + address[at..];
    }

    public static string Phone(string e164) => e164.Length <= 4 ? "***" : "***" + e164[^3..];
}
