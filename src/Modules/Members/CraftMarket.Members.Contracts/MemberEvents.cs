using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Members.Contracts;

/// <summary>
/// An association invited a household or enterprise by phone. Identity reacts by creating (or
/// linking) a producer account for that phone and texting the invitation.
/// </summary>
public sealed record MemberInvited(
    Guid EventId, TenantId TenantId, MemberId MemberId, string DisplayName, string RepresentativeName,
    string PhoneE164, string PreferredLanguage) : IIntegrationEvent;

/// <summary>The member left or was removed: its producer accounts lose access to this association.</summary>
public sealed record MemberDeactivated(Guid EventId, TenantId TenantId, MemberId MemberId) : IIntegrationEvent;

/// <summary>
/// Profile fields changed (name, capacity, phone...). Carries what Identity needs to move the
/// member's producer account to a new phone; search and catalogue will consume this later.
/// </summary>
public sealed record MemberChanged(
    Guid EventId, TenantId TenantId, MemberId MemberId, string PhoneE164, string PreferredLanguage, string DisplayName)
    : IIntegrationEvent;
