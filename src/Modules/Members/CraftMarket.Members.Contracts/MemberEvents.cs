using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Members.Contracts;

/// <summary>
/// An association invited a household or enterprise by phone. Identity reacts by creating (or
/// linking) a producer account for that phone and texting the invitation. <see cref="Kind"/> lets
/// insight count households apart from enterprises; messages stored before it existed read as households.
/// </summary>
[EventName("members.member-invited")]
public sealed record MemberInvited(
    Guid EventId, TenantId TenantId, MemberId MemberId, string DisplayName, string RepresentativeName,
    string PhoneE164, string PreferredLanguage, MemberKind Kind = MemberKind.Household) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("member", MemberId.Value);
}

/// <summary>The member left or was removed: its producer accounts lose access to this association.</summary>
[EventName("members.member-deactivated")]
public sealed record MemberDeactivated(Guid EventId, TenantId TenantId, MemberId MemberId) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("member", MemberId.Value);
}

/// <summary>
/// Profile fields changed (name, capacity, phone...). Carries what Identity needs to move the
/// member's producer account to a new phone; search and catalogue will consume this later.
/// </summary>
[EventName("members.member-changed")]
public sealed record MemberChanged(
    Guid EventId, TenantId TenantId, MemberId MemberId, string PhoneE164, string PreferredLanguage, string DisplayName)
    : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("member", MemberId.Value);
}
