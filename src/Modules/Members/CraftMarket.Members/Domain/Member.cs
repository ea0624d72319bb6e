using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Members.Domain;

/// <summary>A household business, registered enterprise or cooperative belonging to one association.</summary>
[Audited("members")]
internal sealed class Member : IShownOnStorefront
{
    private Member() { }   // EF

    public MemberId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public MemberKind Kind { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string RepresentativeName { get; private set; } = "";
    public string PhoneE164 { get; private set; } = "";
    public string Commune { get; private set; } = "";
    public string Address { get; private set; } = "";
    public List<string> Crafts { get; private set; } = [];
    public List<Equipment> Equipment { get; private set; } = [];
    public List<MonthlyCapacity> Capacities { get; private set; } = [];
    public List<string> Languages { get; private set; } = [];
    public bool CanSignContracts { get; private set; }

    /// <summary>Set only by the association's quality mark, never by the member's own edits.</summary>
    public bool ExportEligible { get; private set; }

    public PrivacyChoices Privacy { get; private set; } = PrivacyChoices.Private;
    public MemberStatus Status { get; private set; }
    public DateTimeOffset InvitedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ActivatedAt { get; private set; }
    public DateTimeOffset? DeactivatedAt { get; private set; }

    public string PreferredLanguage => Languages.FirstOrDefault() ?? "vi";

    /// <summary>The event that makes Identity link this member's phone and text the household (invite and reactivation).</summary>
    public MemberInvited Invitation() =>
        new(Guid.CreateVersion7(), TenantId, Id, DisplayName, RepresentativeName, PhoneE164, PreferredLanguage, Kind);

    public static Result<Member> Invite(TenantId tenantId, MemberProfile profile, DateTimeOffset now)
    {
        if (tenantId.IsEmpty) throw new ArgumentException("A member always belongs to an association.", nameof(tenantId));
        var valid = profile.Validate();
        if (valid.IsFailure) return valid.Error!;
        var member = new Member { Id = MemberId.New(), TenantId = tenantId, Status = MemberStatus.Invited, InvitedAt = now };
        member.Apply(valid.Value!, now);
        return member;
    }

    public Result Update(MemberProfile profile, DateTimeOffset now)
    {
        if (Status == MemberStatus.Deactivated)
            return Error.Conflict("member_deactivated", "This member has been deactivated; its profile can no longer be edited.");
        var valid = profile.Validate();
        if (valid.IsFailure) return valid.Error!;
        Apply(valid.Value!, now);
        return Result.Ok();
    }

    /// <summary>The member accepted the invitation (or the association confirmed the membership).</summary>
    public Result Activate(DateTimeOffset now)
    {
        if (Status == MemberStatus.Deactivated)
            return Error.Conflict("member_deactivated", "This member has been deactivated; reactivate it instead.");
        if (Status == MemberStatus.Active) return Result.Ok();
        Status = MemberStatus.Active;
        ActivatedAt = UpdatedAt = now;
        return Result.Ok();
    }

    public Result Deactivate(DateTimeOffset now)
    {
        if (Status == MemberStatus.Deactivated)
            return Error.Conflict("member_already_deactivated", "This member is already deactivated.");
        Status = MemberStatus.Deactivated;
        DeactivatedAt = UpdatedAt = now;
        return Result.Ok();
    }

    /// <summary>
    /// Households leave an association (a bad season, a move) and come back. The member keeps its
    /// row, history and phone, which the one-phone-per-association index still holds, so inviting
    /// the phone anew would be refused: the association admin reactivates it instead. It is active
    /// at once because the admin has confirmed the return in person, as with <see cref="Activate"/>.
    /// </summary>
    public Result Reactivate(DateTimeOffset now)
    {
        if (Status != MemberStatus.Deactivated)
            return Error.Conflict("member_not_deactivated", "Only a deactivated member can be reactivated.");
        Status = MemberStatus.Active;
        ActivatedAt = UpdatedAt = now;
        DeactivatedAt = null;
        return Result.Ok();
    }

    /// <summary>Called when the association grants or revokes its quality mark for this member.</summary>
    public void SetExportEligible(bool eligible, DateTimeOffset now)
    {
        ExportEligible = eligible;
        UpdatedAt = now;
    }

    public bool IsPubliclyListed => Status == MemberStatus.Active;

    /// <summary>The capacities anyone may see: only a listed member's, and only if it chose to show them.</summary>
    public IReadOnlyList<MonthlyCapacity>? PublicCapacities() => IsPubliclyListed && Privacy.CapacityPublic ? Capacities : null;

    /// <summary>The profile as the public sees it: only what the member chose to show, or nothing unless active.</summary>
    public PublicMemberView? ToPublicView()
    {
        if (!IsPubliclyListed) return null;
        return new PublicMemberView(
            Id.Value, Kind, DisplayName, Commune, Crafts, Languages, CanSignContracts, ExportEligible,
            Privacy.RepresentativePublic ? RepresentativeName : null,
            Privacy.PhonePublic ? PhoneE164 : null,
            Privacy.AddressPublic ? Address : null,
            Privacy.EquipmentPublic ? Equipment : null,
            PublicCapacities());
    }

    public MemberProfile Profile => new(Kind, DisplayName, RepresentativeName, PhoneE164, Commune, Address,
        Crafts, Equipment, Capacities, Languages, CanSignContracts, Privacy);

    private void Apply(MemberProfile p, DateTimeOffset now)
    {
        Kind = p.Kind;
        DisplayName = p.DisplayName;
        RepresentativeName = p.RepresentativeName;
        PhoneE164 = p.Phone;
        Commune = p.Commune;
        Address = p.Address;
        Crafts = [.. p.Crafts];
        Equipment = [.. p.Equipment];
        Capacities = [.. p.Capacities];
        Languages = [.. p.Languages];
        CanSignContracts = p.CanSignContracts;
        Privacy = p.Privacy;
        UpdatedAt = now;
    }
}

/// <summary>Public directory entry; a null field is one the member keeps private.</summary>
internal sealed record PublicMemberView(
    Guid Id, MemberKind Kind, string DisplayName, string Commune, IReadOnlyList<string> Crafts, IReadOnlyList<string> Languages,
    bool CanSignContracts, bool ExportEligible, string? RepresentativeName, string? Phone, string? Address,
    IReadOnlyList<Equipment>? Equipment, IReadOnlyList<MonthlyCapacity>? Capacities);
