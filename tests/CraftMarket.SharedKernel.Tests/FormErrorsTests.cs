using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CraftMarket.SharedKernel.Tests;

public sealed class FormErrorsTests
{
    private static string[] MessagesOf(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    [Fact]
    public void A_field_error_lands_on_its_input_under_the_forms_prefix()
    {
        var state = new ModelStateDictionary();
        state.AddErrors(Error.Validation("displayName", "Give a name."), "Form");
        MessagesOf(state, "Form.DisplayName").ShouldBe(["Give a name."]);
        state.ErrorCount.ShouldBe(1);
    }

    [Fact]
    public void Without_a_prefix_the_input_is_the_property_itself()
    {
        var state = new ModelStateDictionary();
        state.AddErrors(Error.Validation("email", "Taken."));
        MessagesOf(state, "Email").ShouldBe(["Taken."]);
    }

    [Fact]
    public void An_error_without_fields_goes_above_the_form()
    {
        var state = new ModelStateDictionary();
        state.AddErrors(Error.Conflict("member_phone_taken", "The phone is used."), "Form");
        MessagesOf(state, "").ShouldBe(["The phone is used."]);
    }

    [Fact]
    public void A_rows_error_on_the_lists_input_says_which_row()
    {
        var state = new ModelStateDictionary();
        state.AddErrors(Error.Validation("capacities[2].unit", "Give a unit."), "Form");
        MessagesOf(state, "Form.Capacities").ShouldBe(["capacities[2].unit: Give a unit."]);
    }

    [Fact]
    public void A_form_with_its_own_layout_maps_fields_itself_and_keeps_the_message()
    {
        var state = new ModelStateDictionary();
        var error = Error.Validation(new Dictionary<string, string[]> { ["variants[0].sku"] = ["Taken."], ["name.en"] = ["Missing."] });
        state.AddErrors(error, "Form", field => field == "name.en" ? "NameEn" : "Variants[3].Sku");
        MessagesOf(state, "Form.Variants[3].Sku").ShouldBe(["Taken."]);
        MessagesOf(state, "Form.NameEn").ShouldBe(["Missing."]);
    }

    [Fact]
    public void Every_message_of_every_field_is_shown()
    {
        var state = new ModelStateDictionary();
        var error = Error.Validation(new Dictionary<string, string[]> { ["phone"] = ["Required.", "Mobile only."], ["commune"] = ["Too long."] });
        state.AddErrors(error, "Invite");
        MessagesOf(state, "Invite.Phone").ShouldBe(["Required.", "Mobile only."]);
        MessagesOf(state, "Invite.Commune").ShouldBe(["Too long."]);
    }
}
