using System.Text.Json.Serialization;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Members.Contracts;

// Names, not numbers, on the wire: API clients and outbox payloads stay readable and reorder-safe.
[JsonConverter(typeof(JsonStringEnumConverter<MemberKind>))]
public enum MemberKind { Household, Enterprise, Cooperative }

[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
public enum MemberStatus { Invited, Active, Deactivated }

/// <summary>What other modules may know about a member, within the current tenant.</summary>
public sealed record MemberSummary(MemberId Id, TenantId TenantId, MemberKind Kind, string DisplayName, string PhoneE164,
    MemberStatus Status, bool CanSignContracts, bool ExportEligible);

/// <summary>Monthly production capacity a member declared for one product category, e.g. ("bình hoa", 4000, "chiếc").</summary>
public sealed record DeclaredCapacity(string Category, int Quantity, string Unit);

/// <summary>
/// A member as the maker of a product: what a catalogue shows publicly (display name, commune and
/// kind, when <see cref="IsPubliclyListed"/>) and the capacities the member chose to publish, from
/// which the catalogue derives a product's monthly capacity (ADR 0009).
/// <see cref="PublicCapacities"/> is null when the member keeps its capacity private or is not
/// publicly listed (invited, deactivated): households guard their figures, and on a product made by
/// one household any sum would be that household's own figure, so private figures never leave Members.
/// </summary>
public sealed record MakerProfile(
    MemberId Id, string DisplayName, string Commune, MemberKind Kind, MemberStatus Status, bool IsPubliclyListed,
    IReadOnlyList<DeclaredCapacity>? PublicCapacities);

/// <summary>Read interface for other modules. Queries run under the current tenant's filter.</summary>
public interface IMemberDirectory
{
    Task<MemberSummary?> FindAsync(MemberId id, CancellationToken ct);
    Task<IReadOnlyList<MemberSummary>> ListAsync(CancellationToken ct);

    /// <summary>The given members of the current association, as makers; ids of other associations or unknown ids are left out.</summary>
    Task<IReadOnlyList<MakerProfile>> MakersAsync(IReadOnlyCollection<MemberId> ids, CancellationToken ct);
}
