using System.Globalization;
using System.Text.RegularExpressions;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>
/// The order settings as sent (a full replacement). <see cref="Revision"/> is optional: sent, it must
/// be the settings' current revision. Fee in basis points (300 = 3%), fixed fee in đồng.
/// </summary>
internal sealed record OrderSettingsInput(string? BankName, string? BankAccountName, string? BankAccountNumber, string? BankSwift, string? BankAddress,
    string? Aql, IReadOnlyList<string?>? DefectTypes, int? FeeBasisPoints, long? FeeFixedDong, string? PayoutTiming, string? SurplusPolicy, int? Revision);

/// <summary>The settings in force (<see cref="Saved"/> false: the defaults, no row yet).</summary>
internal sealed record OrderSettingsDto(string BankName, string BankAccountName, string BankAccountNumber, string BankSwift, string BankAddress,
    string Aql, IReadOnlyList<string> DefectTypes, int FeeBasisPoints, long FeeFixedDong, string PayoutTiming, string SurplusPolicy, int Revision,
    bool Saved)
{
    public static OrderSettingsDto Of(OrderSettings s, bool saved) =>
        new(s.BankName, s.BankAccountName, s.BankAccountNumber, s.BankSwift, s.BankAddress, s.Aql, [.. s.DefectTypes], s.FeeBasisPoints, s.FeeFixedDong,
            s.PayoutTiming.ToString(), s.SurplusPolicy.ToString(), s.Revision, saved);
}

/// <summary>
/// Reads and changes the association's order settings, a field error for each wrong value; the row is
/// written on the first change (the defaults until then). Concurrent changes: the revision (409).
/// </summary>
internal sealed partial class OrderSettingsEditor(OrdersDb db)
{
    /// <summary>The AQL values of ISO 2859-1's tables that craft goods use (critical to minor defects).</summary>
    public static readonly IReadOnlyList<string> AqlValues = ["0.65", "1.0", "1.5", "2.5", "4.0", "6.5"];
    public const int MaxDefectTypes = 30, DefectTypeMax = 60, MaxFeeBasisPoints = 3000, AccountNumberMax = 60;
    public const long MaxFixedFeeDong = 100_000_000;

    public async Task<OrderSettingsDto> GetAsync(CancellationToken ct) =>
        await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) is { } row ? OrderSettingsDto.Of(row, saved: true)
            : OrderSettingsDto.Of(OrderSettings.Defaults(db.Tenant), saved: false);

    public async Task<Result<OrderSettingsDto>> UpdateAsync(OrderSettingsInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [message];
        string Text(string? value, string field, int max)
        {
            var text = string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > max) Fail(field, $"At most {max} characters.");
            return text;
        }

        var bankName = Text(input.BankName, "bankName", OrderSettings.BankTextMax);
        var accountName = Text(input.BankAccountName, "bankAccountName", OrderSettings.BankTextMax);
        var accountNumber = Text(input.BankAccountNumber, "bankAccountNumber", AccountNumberMax).ToUpperInvariant();
        if (accountNumber.Length > 0 && !AccountNumber().IsMatch(accountNumber))
            Fail("bankAccountNumber", "An account number (or IBAN) has letters, digits, spaces and hyphens only.");
        var swift = (input.BankSwift ?? "").Trim().ToUpperInvariant();
        if (swift.Length > 0 && !Swift().IsMatch(swift))
            Fail("bankSwift", "A SWIFT/BIC code is 8 or 11 characters: 4 letters (bank), 2 letters (country), 2 letters or digits (place), and optionally 3 for the branch.");
        var bankAddress = Text(input.BankAddress, "bankAddress", OrderSettings.BankTextMax);
        if (accountNumber.Length > 0 && (bankName.Length == 0 || accountName.Length == 0))
            Fail("bankName", "With an account number, give the bank's name and the account holder's name too: buyers need all three.");

        var aql = AqlOf(input.Aql);
        if (aql is null) Fail("aql", $"The AQL is one of {string.Join(", ", AqlValues)}.");

        var defects = new List<string>();
        foreach (var raw in input.DefectTypes ?? [])
        {
            var name = string.Join(' ', (raw ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (name.Length == 0 || defects.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (name.Length > DefectTypeMax) Fail("defectTypes", $"Each defect type is at most {DefectTypeMax} characters: \"{name[..20]}…\" is longer.");
            defects.Add(name);
        }
        if (defects.Count > MaxDefectTypes) Fail("defectTypes", $"At most {MaxDefectTypes} defect types.");

        if (input.FeeBasisPoints is not (>= 0 and <= MaxFeeBasisPoints)) Fail("feeBasisPoints", "The association's fee is between 0 and 3000 basis points (0-30%).");
        if (input.FeeFixedDong is not (>= 0 and <= MaxFixedFeeDong)) Fail("feeFixedDong", "The fixed fee is between 0 and 100,000,000 đồng per work order.");
        var timing = Parse<PayoutTiming>(input.PayoutTiming);
        if (timing is null) Fail("payoutTiming", "Households are paid AfterInspection or AfterBalance.");
        var surplus = Parse<SurplusPolicy>(input.SurplusPolicy);
        if (surplus is null) Fail("surplusPolicy", "The surplus is ShareWithProducers or KeepByAssociation.");
        if (errors.Count > 0) return Error.Validation(errors);

        var settings = await db.Settings.FirstOrDefaultAsync(ct);
        if (input.Revision is { } seen && seen != (settings?.Revision ?? 0)) return Changed();
        if (settings is null)
        {
            settings = new OrderSettings(db.Tenant);
            db.Settings.Add(settings);
        }
        settings.BankName = bankName;
        settings.BankAccountName = accountName;
        settings.BankAccountNumber = accountNumber;
        settings.BankSwift = swift;
        settings.BankAddress = bankAddress;
        settings.Aql = aql!;
        settings.DefectTypes = defects;
        settings.FeeBasisPoints = input.FeeBasisPoints!.Value;
        settings.FeeFixedDong = input.FeeFixedDong!.Value;
        settings.PayoutTiming = timing!.Value;
        settings.SurplusPolicy = surplus!.Value;
        settings.Revision++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another change (or the first row, written twice at once) won: nothing of ours was kept.
            return Changed();
        }
        return OrderSettingsDto.Of(settings, saved: true);
    }

    /// <summary>"1" and "1.00" are the table's "1.0"; anything not in the table is refused.</summary>
    public static string? AqlOf(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? AqlValues.FirstOrDefault(a => decimal.Parse(a, CultureInfo.InvariantCulture) == value) : null;

    private static T? Parse<T>(string? text) where T : struct, Enum =>
        Enum.TryParse<T>(text?.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, CultureInfo.InvariantCulture, out _)
            ? value : null;

    private static Error Changed() =>
        Error.Conflict("settings_changed", "The order settings were changed by someone else meanwhile. Reload them and save again.");

    [GeneratedRegex("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Swift();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9 -]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountNumber();
}
