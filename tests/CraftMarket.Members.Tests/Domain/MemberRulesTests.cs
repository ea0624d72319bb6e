using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Members.Tests.Domain;

public sealed class MemberRulesTests
{
    private static readonly TenantId Tenant = TenantId.New();
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    internal static MemberProfile Profile(MemberKind kind = MemberKind.Household, string phone = "0912 345 678", bool canSign = false,
        PrivacyChoices? privacy = null) =>
        new(kind, "Hộ gốm Nguyễn Văn A", "Nguyễn Văn A", phone, "Bát Tràng, Gia Lâm, Hà Nội", "Xóm 2",
            ["men rạn"], [new Equipment("lò gas", 2)], [new MonthlyCapacity("bình hoa", 400, "chiếc")], ["vi", "en"],
            canSign, privacy ?? PrivacyChoices.Private);

    private static Member Active(MemberProfile profile)
    {
        var member = Member.Invite(Tenant, profile, Now).Value!;
        member.Activate(Now).IsSuccess.ShouldBeTrue();
        return member;
    }

    [Fact]
    public void A_household_cannot_sign_contracts()
    {
        var result = Member.Invite(Tenant, Profile(MemberKind.Household, canSign: true), Now);

        result.Error!.Kind.ShouldBe(ErrorKind.Validation);
        result.Error.Fields!.Keys.ShouldBe(["canSignContracts"]);
    }

    [Theory]
    [InlineData(MemberKind.Enterprise)]
    [InlineData(MemberKind.Cooperative)]
    public void Enterprises_and_cooperatives_may_sign_contracts(MemberKind kind) =>
        Member.Invite(Tenant, Profile(kind, canSign: true), Now).Value!.CanSignContracts.ShouldBeTrue();

    [Fact]
    public void A_household_turned_from_an_enterprise_loses_nothing_silently_it_must_drop_signing()
    {
        var member = Active(Profile(MemberKind.Enterprise, canSign: true));
        var update = member.Update(Profile(MemberKind.Household, canSign: true), Now);
        update.Error!.Fields!.Keys.ShouldContain("canSignContracts");
        member.Kind.ShouldBe(MemberKind.Enterprise);
    }

    [Theory]
    [InlineData("0912 345 678")]
    [InlineData("0912345678")]
    [InlineData("+84 912 345 678")]
    [InlineData("84912345678")]
    [InlineData("(091) 234-5678")]
    public void Phones_are_stored_in_E164(string input) =>
        Member.Invite(Tenant, Profile(phone: input), Now).Value!.PhoneE164.ShouldBe("+84912345678");

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("not a phone")]
    [InlineData("+33 6 12 34 56 78")]   // a French mobile: invitations go to Vietnamese numbers
    [InlineData("024 3825 1234")]       // a Hanoi landline cannot receive the invitation text
    public void Invalid_or_non_mobile_phones_are_rejected_naming_the_field(string input)
    {
        var result = Member.Invite(Tenant, Profile(phone: input), Now);
        result.Error!.Fields!.Keys.ShouldContain("phone");
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var profile = Profile(canSign: true) with
        {
            DisplayName = " ", Phone = "123", Capacities = [new MonthlyCapacity("bình hoa", 0, "")],
        };
        var fields = profile.Validate().Error!.Fields!;
        fields.Keys.ShouldBe(["displayName", "phone", "canSignContracts", "capacities[0].quantity", "capacities[0].unit"], ignoreOrder: true);
    }

    [Fact]
    public void Export_eligibility_is_only_set_by_its_own_method()
    {
        var member = Active(Profile());
        member.ExportEligible.ShouldBeFalse();
        member.Update(Profile() with { DisplayName = "Tên mới" }, Now).IsSuccess.ShouldBeTrue();
        member.ExportEligible.ShouldBeFalse();
        member.SetExportEligible(true, Now);
        member.ExportEligible.ShouldBeTrue();
    }

    [Fact]
    public void Status_goes_invited_active_deactivated_and_a_deactivated_member_is_frozen()
    {
        var member = Member.Invite(Tenant, Profile(), Now).Value!;
        member.Status.ShouldBe(MemberStatus.Invited);
        member.Activate(Now.AddDays(1)).IsSuccess.ShouldBeTrue();
        member.ActivatedAt.ShouldBe(Now.AddDays(1));
        member.Deactivate(Now.AddDays(2)).IsSuccess.ShouldBeTrue();
        member.Status.ShouldBe(MemberStatus.Deactivated);

        member.Deactivate(Now).Error!.Kind.ShouldBe(ErrorKind.Conflict);
        member.Activate(Now).Error!.Kind.ShouldBe(ErrorKind.Conflict);
        member.Update(Profile(), Now).Error!.Kind.ShouldBe(ErrorKind.Conflict);
    }

    [Fact]
    public void The_public_view_shows_only_what_the_member_chose()
    {
        var member = Active(Profile(privacy: new PrivacyChoices(
            RepresentativePublic: true, PhonePublic: false, AddressPublic: false, CapacityPublic: true, EquipmentPublic: false)));

        var view = member.ToPublicView()!;
        view.DisplayName.ShouldBe("Hộ gốm Nguyễn Văn A");
        view.RepresentativeName.ShouldBe("Nguyễn Văn A");
        view.Capacities!.Single().Quantity.ShouldBe(400);
        view.Phone.ShouldBeNull();
        view.Address.ShouldBeNull();
        view.Equipment.ShouldBeNull();
    }

    [Fact]
    public void New_members_reveal_nothing_personal_and_only_active_members_are_public()
    {
        var invited = Member.Invite(Tenant, Profile(), Now).Value!;
        invited.ToPublicView().ShouldBeNull();

        invited.Activate(Now);
        var view = invited.ToPublicView()!;
        (view.RepresentativeName, view.Phone, view.Address).ShouldBe((null, null, null));
        view.Equipment.ShouldBeNull();
        view.Capacities.ShouldBeNull();

        invited.Deactivate(Now);
        invited.ToPublicView().ShouldBeNull();
    }
}
