using CraftMarket.SharedKernel.Phones;

namespace CraftMarket.SharedKernel.Tests;

/// <summary>The union of what Identity (sign-in by texted code) and Members (invitations by text) each required of a phone.</summary>
public sealed class VietnamesePhoneTests
{
    [Theory]
    [InlineData("0912 345 678")]
    [InlineData("0912345678")]
    [InlineData("+84 912 345 678")]
    [InlineData("84912345678")]
    [InlineData("(091) 234-5678")]
    [InlineData(" 0912.345.678 ")]
    public void Every_way_of_typing_a_mobile_is_stored_as_one_E164_number(string input) =>
        VietnamesePhone.Normalize(input).Value.ShouldBe("+84912345678");

    [Fact]
    public void A_mobile_on_a_newer_prefix_is_accepted() =>
        VietnamesePhone.Normalize("+84 386 123 456").Value.ShouldBe("+84386123456");

    [Theory]
    [InlineData("024 3826 1234")]       // Hanoi landline
    [InlineData("+84 28 3829 5555")]    // Ho Chi Minh City landline
    public void A_landline_is_refused_because_it_cannot_receive_a_text(string input)
    {
        var result = VietnamesePhone.Normalize(input);
        result.Error!.Fields!["phone"].ShouldHaveSingleItem().ShouldContain("landline");
    }

    [Theory]
    [InlineData("+81 90 1234 5678")]    // Japanese mobile
    [InlineData("+33 6 12 34 56 78")]   // French mobile
    [InlineData("12345")]
    [InlineData("not a phone")]
    public void A_number_that_is_not_Vietnamese_is_refused_saying_what_is_wanted(string input) =>
        VietnamesePhone.Normalize(input).Error!.Fields!["phone"].ShouldHaveSingleItem().ShouldContain("Vietnamese mobile");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_number_is_refused_as_required(string? input) =>
        VietnamesePhone.Normalize(input).Error!.Fields!["phone"][0].ShouldStartWith("A phone number is required.");

    [Fact]
    public void The_error_names_the_field_the_caller_asked_for() =>
        VietnamesePhone.Normalize("123", "representativePhone").Error!.Fields!.Keys.ShouldBe(["representativePhone"]);

    [Fact]
    public void A_number_is_displayed_as_Vietnamese_readers_write_it() =>
        VietnamesePhone.Display("+84912345678").ShouldBe("0912 345 678");

    [Fact]
    public void A_stored_value_that_does_not_parse_is_displayed_as_stored() =>
        VietnamesePhone.Display("garbage").ShouldBe("garbage");
}
