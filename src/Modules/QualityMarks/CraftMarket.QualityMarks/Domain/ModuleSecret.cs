namespace CraftMarket.QualityMarks.Domain;

/// <summary>
/// A platform-wide secret of this module (not an association's), kept encrypted with ASP.NET Data
/// Protection so every node and every restart reads the same value: e.g. the key that hashes the
/// networks in the scan log (ADR 0042). <see cref="Name"/> says what it is for.
/// </summary>
internal sealed class ModuleSecret
{
    public const int NameMax = 60;

    private ModuleSecret() { }

    public ModuleSecret(string name, string protectedValue, DateTimeOffset createdAt)
    {
        Name = name;
        ProtectedValue = protectedValue;
        CreatedAt = createdAt;
    }

    public string Name { get; private set; } = "";
    public string ProtectedValue { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
