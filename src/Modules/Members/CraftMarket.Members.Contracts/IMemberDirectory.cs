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

/// <summary>Read interface for other modules. Queries run under the current tenant's filter.</summary>
public interface IMemberDirectory
{
    Task<MemberSummary?> FindAsync(MemberId id, CancellationToken ct);
    Task<IReadOnlyList<MemberSummary>> ListAsync(CancellationToken ct);
}
