namespace CraftMarket.Members.Domain;

/// <summary>Tools of production, e.g. "gas kiln" × 2 or "electric loom" × 6.</summary>
internal sealed record Equipment(string Name, int Count);

/// <summary>
/// How much of one product category a member can make per month. Buyers ask for quantities
/// one household cannot make alone, so the export desk must know capacity before quoting.
/// </summary>
internal sealed record MonthlyCapacity(string Category, int Quantity, string Unit);

/// <summary>Which parts of the profile the public directory may show. Households guard their know-how.</summary>
internal sealed record PrivacyChoices(
    bool RepresentativePublic, bool PhonePublic, bool AddressPublic, bool CapacityPublic, bool EquipmentPublic)
{
    /// <summary>New members reveal nothing personal until they choose to.</summary>
    public static readonly PrivacyChoices Private = new(false, false, false, false, false);
}
