using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;

namespace CraftMarket.Members.Features;

/// <summary>The full profile, as association staff and the member itself see it.</summary>
internal sealed record MemberDto(
    Guid Id, MemberKind Kind, MemberStatus Status, string DisplayName, string RepresentativeName, string Phone,
    string Commune, string Address, IReadOnlyList<string> Crafts, IReadOnlyList<EquipmentDto> Equipment,
    IReadOnlyList<CapacityDto> Capacities, IReadOnlyList<string> Languages, bool CanSignContracts, bool ExportEligible,
    PrivacyDto Privacy, DateTimeOffset InvitedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ActivatedAt, DateTimeOffset? DeactivatedAt)
{
    public static MemberDto From(Member m) => new(
        m.Id.Value, m.Kind, m.Status, m.DisplayName, m.RepresentativeName, m.PhoneE164, m.Commune, m.Address, m.Crafts,
        [.. m.Equipment.Select(e => new EquipmentDto(e.Name, e.Count))],
        [.. m.Capacities.Select(c => new CapacityDto(c.Category, c.Quantity, c.Unit))],
        m.Languages, m.CanSignContracts, m.ExportEligible, PrivacyDto.From(m.Privacy),
        m.InvitedAt, m.UpdatedAt, m.ActivatedAt, m.DeactivatedAt);
}

internal sealed record EquipmentDto(string Name, int Count);

/// <summary>Monthly capacity for one product category, e.g. ("tea sets", 300, "sets").</summary>
internal sealed record CapacityDto(string Category, int Quantity, string Unit);

/// <summary>True means the public directory shows that part of the profile.</summary>
internal sealed record PrivacyDto(bool RepresentativePublic, bool PhonePublic, bool AddressPublic, bool CapacityPublic, bool EquipmentPublic)
{
    public static PrivacyDto From(PrivacyChoices p) =>
        new(p.RepresentativePublic, p.PhonePublic, p.AddressPublic, p.CapacityPublic, p.EquipmentPublic);

    public PrivacyChoices ToDomain() => new(RepresentativePublic, PhonePublic, AddressPublic, CapacityPublic, EquipmentPublic);
}

/// <summary>
/// The editable profile as the API accepts it (invite and edit). There is deliberately no
/// ExportEligible here: only the quality mark grants export eligibility.
/// </summary>
internal sealed record MemberProfileRequest(
    MemberKind Kind, string DisplayName, string RepresentativeName, string Phone, string Commune, string? Address,
    IReadOnlyList<string>? Crafts, IReadOnlyList<EquipmentDto>? Equipment, IReadOnlyList<CapacityDto>? Capacities,
    IReadOnlyList<string>? Languages, bool CanSignContracts, PrivacyDto? Privacy)
{
    // JSON may carry nulls anywhere ("equipment": [null]). A null equipment or capacity entry
    // becomes an empty one so validation names it (equipment[0].name) with a 400; null crafts and
    // languages are dropped by MemberProfile.Validate like blank ones.
    public MemberProfile ToProfile() => new(
        Kind, DisplayName ?? "", RepresentativeName ?? "", Phone ?? "", Commune ?? "", Address ?? "", Crafts ?? [],
        [.. (Equipment ?? []).Select(e => new Equipment(e?.Name ?? "", e?.Count ?? 0))],
        [.. (Capacities ?? []).Select(c => new MonthlyCapacity(c?.Category ?? "", c?.Quantity ?? 0, c?.Unit ?? ""))],
        Languages ?? [], CanSignContracts, Privacy?.ToDomain() ?? PrivacyChoices.Private);
}
