using CraftMarket.SharedKernel.Phones;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Members.Domain;

/// <summary>
/// Everything an association (or the member itself) may edit. <see cref="Validate"/> checks it as
/// a whole and names each bad field the way the API spells it, so a form can point at it.
/// </summary>
internal sealed record MemberProfile(
    MemberKind Kind,
    string DisplayName,
    string RepresentativeName,
    string Phone,
    string Commune,
    string Address,
    IReadOnlyList<string> Crafts,
    IReadOnlyList<Equipment> Equipment,
    IReadOnlyList<MonthlyCapacity> Capacities,
    IReadOnlyList<string> Languages,
    bool CanSignContracts,
    PrivacyChoices Privacy)
{
    public const int NameMax = 200;
    public const int AddressMax = 500;

    /// <summary>Returns the profile trimmed and with the phone in E.164, or every field problem at once.</summary>
    public Result<MemberProfile> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (!Enum.IsDefined(Kind)) Fail("kind", "Choose household, enterprise or cooperative.");
        Require("displayName", DisplayName, NameMax, Fail);
        Require("representativeName", RepresentativeName, NameMax, Fail);
        Require("commune", Commune, NameMax, Fail);
        if ((Address ?? "").Length > AddressMax) Fail("address", $"At most {AddressMax} characters.");

        var phone = VietnamesePhone.Normalize(Phone);
        if (phone.IsFailure) errors["phone"] = phone.Error!.Fields!["phone"];

        // A household business has no legal capacity to sign: the association or a lead firm signs for it.
        if (Kind == MemberKind.Household && CanSignContracts)
            Fail("canSignContracts", "A household business cannot sign contracts; the association or a registered enterprise signs for it.");

        for (var i = 0; i < (Equipment ?? []).Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Equipment![i].Name)) Fail($"equipment[{i}].name", "Name the equipment.");
            if (Equipment[i].Count is < 1 or > 100_000) Fail($"equipment[{i}].count", "Count must be between 1 and 100000.");
        }
        for (var i = 0; i < (Capacities ?? []).Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Capacities![i].Category)) Fail($"capacities[{i}].category", "Name the product category.");
            if (Capacities[i].Quantity is < 1 or > 100_000_000) Fail($"capacities[{i}].quantity", "Quantity must be a positive number.");
            if (string.IsNullOrWhiteSpace(Capacities[i].Unit)) Fail($"capacities[{i}].unit", "Give a unit, e.g. pieces or metres.");
        }
        if (errors.Count > 0) return Error.Validation(errors);

        return this with
        {
            DisplayName = DisplayName.Trim(),
            RepresentativeName = RepresentativeName.Trim(),
            Phone = phone.Value!,
            Commune = Commune.Trim(),
            Address = (Address ?? "").Trim(),
            Crafts = Clean(Crafts),
            Equipment = [.. (Equipment ?? []).Select(e => e with { Name = e.Name.Trim() })],
            Capacities = [.. (Capacities ?? []).Select(c => c with { Category = c.Category.Trim(), Unit = c.Unit.Trim() })],
            Languages = Clean(Languages) is { Count: > 0 } languages ? languages : ["vi"],
            Privacy = Privacy ?? PrivacyChoices.Private,
        };
    }

    private static void Require(string field, string? value, int max, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(value)) fail(field, "This field is required.");
        else if (value.Length > max) fail(field, $"At most {max} characters.");
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct()];
}
