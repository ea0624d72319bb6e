using System.Text.RegularExpressions;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Desk;

/// <summary>
/// The trade settings as sent (a full replacement). Basis points: 3000 = 30%. <see cref="Revision"/>
/// is optional: sent, it must be the settings' current revision (an inquiry number taken in the
/// meantime also moves it).
/// </summary>
internal sealed record SettingsInput(
    int? DepositBasisPoints, string? BalanceTerms, int? ShareCapBasisPoints, int? OfferHours, int? QuoteValidityDays,
    string? QuoteCurrency, string? SellerKind, string? SellerName, Guid? LeadFirm, string? NumberPrefix, int? Revision);

internal sealed record LeadFirmChoice(Guid Id, string Name);

/// <summary>
/// The settings in force (the defaults until the first change). <see cref="Seller"/> is the name a
/// quote will carry; <see cref="Prefix"/> the prefix numbers get (set, or the village's initials).
/// </summary>
internal sealed record SettingsDto(
    int DepositBasisPoints, string BalanceTerms, int ShareCapBasisPoints, int OfferHours, int QuoteValidityDays, string QuoteCurrency,
    SellerKind SellerKind, string SellerName, Guid? LeadFirm, string NumberPrefix, string Seller, string Prefix, int Revision);

/// <summary>
/// Reads and changes the association's trade settings, with a field error for every wrong value.
/// The seller is never a household: a lead firm must be an active member of this association that
/// is registered to sign contracts (<see cref="IMemberDirectory"/>), and not a household.
/// </summary>
internal sealed partial class TradeSettingsEditor(InquiriesDb db, TradeSettingsStore store, IMemberDirectory members, ITenantDirectory tenants,
    ITenantContext tenant)
{
    public static readonly IReadOnlyList<string> Currencies = ["USD", "EUR", "JPY", "VND"];
    public const int MaxOfferHours = 720, MaxValidityDays = 365;

    public async Task<SettingsDto> GetAsync(CancellationToken ct) => Dto(await store.GetAsync(ct));

    /// <summary>Members that may sign the buyer's contract as the seller.</summary>
    public async Task<IReadOnlyList<LeadFirmChoice>> LeadFirmsAsync(CancellationToken ct) =>
        [.. (await members.ListAsync(ct)).Where(MaySign).OrderBy(m => m.DisplayName, StringComparer.Ordinal).Select(m => new LeadFirmChoice(m.Id.Value, m.DisplayName))];

    public async Task<Result<SettingsDto>> UpdateAsync(SettingsInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [message];

        if (input.DepositBasisPoints is not (>= 0 and <= 10_000)) Fail("depositBasisPoints", "The deposit is between 0 and 10000 basis points (0-100%).");
        var terms = input.BalanceTerms?.Trim() ?? "";
        if (terms.Length == 0) Fail("balanceTerms", "Say when and how the balance is paid.");
        else if (terms.Length > Quote.TermsMax) Fail("balanceTerms", $"At most {Quote.TermsMax} characters.");
        if (input.ShareCapBasisPoints is not (>= 1 and <= 10_000)) Fail("shareCapBasisPoints", "The share cap is between 1 and 10000 basis points (100% = no cap).");
        if (input.OfferHours is not (>= 2 and <= MaxOfferHours)) Fail("offerHours", $"Households get between 2 and {MaxOfferHours} hours to answer an offer.");
        if (input.QuoteValidityDays is not (>= 1 and <= MaxValidityDays)) Fail("quoteValidityDays", $"A quote is valid between 1 and {MaxValidityDays} days.");
        var currency = input.QuoteCurrency?.Trim().ToUpperInvariant() ?? "";
        if (!Currencies.Contains(currency)) Fail("quoteCurrency", "Quote in USD, EUR, JPY or VND.");
        var kind = Enum.GetValues<SellerKind>().Cast<SellerKind?>().FirstOrDefault(k => k.ToString()!.Equals(input.SellerKind?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (kind is null) Fail("sellerKind", "The seller is the association, its export centre or a lead firm.");
        var sellerName = input.SellerName?.Trim() ?? "";
        if (sellerName.Length > Quote.SellerNameMax) Fail("sellerName", $"At most {Quote.SellerNameMax} characters.");
        else if (kind == SellerKind.ExportCentre && sellerName.Length == 0) Fail("sellerName", "Name the export centre that signs.");
        MemberSummary? firm = null;
        if (kind == SellerKind.LeadFirm)
        {
            firm = input.LeadFirm is { } leadFirm ? await members.FindAsync(new MemberId(leadFirm), ct) : null;
            if (input.LeadFirm is null) Fail("leadFirm", "Choose the lead firm that signs.");
            else if (firm is null) Fail("leadFirm", "The lead firm must be a member of this association.");
            else if (firm.Kind == MemberKind.Household) Fail("leadFirm", "A household cannot sign a contract: choose a registered enterprise or cooperative.");
            else if (!firm.CanSignContracts) Fail("leadFirm", "This member is not registered to sign contracts.");
            else if (firm.Status != MemberStatus.Active) Fail("leadFirm", "This member is not active.");
        }
        var prefix = input.NumberPrefix?.Trim().ToUpperInvariant() ?? "";
        if (prefix.Length > 0 && !PrefixPattern().IsMatch(prefix))
            Fail("numberPrefix", $"1 to {TradeSettings.PrefixMax} letters A-Z or digits, or empty for the village's initials.");
        if (errors.Count > 0) return Error.Validation(errors);

        var settings = await store.GetAsync(ct);
        if (input.Revision is { } seen && seen != settings.Revision) return Changed();
        settings.DepositBasisPoints = input.DepositBasisPoints!.Value;
        settings.BalanceTerms = terms;
        settings.ShareCapBasisPoints = input.ShareCapBasisPoints!.Value;
        settings.OfferHours = input.OfferHours!.Value;
        settings.QuoteValidityDays = input.QuoteValidityDays!.Value;
        settings.QuoteCurrency = currency;
        settings.SellerKind = kind!.Value;
        settings.SellerName = kind == SellerKind.LeadFirm && sellerName.Length == 0 ? firm!.DisplayName : sellerName;
        settings.LeadFirm = firm?.Id;
        settings.NumberPrefix = prefix;
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
        return Dto(settings);
    }

    private static Error Changed() =>
        Error.Conflict("settings_changed", "The trade settings were changed by someone else meanwhile. Reload them and save again.");

    private static bool MaySign(MemberSummary m) => m.Kind != MemberKind.Household && m.CanSignContracts && m.Status == MemberStatus.Active;

    private SettingsDto Dto(TradeSettings s)
    {
        var village = tenants.SettingsOf(tenant);
        var seller = s.SellerName.Length > 0 ? s.SellerName : village?.NameEn ?? tenant.Slug ?? "";
        var prefix = s.NumberPrefix.Length > 0 ? s.NumberPrefix : Initials(tenant.Slug ?? "");
        return new SettingsDto(s.DepositBasisPoints, s.BalanceTerms, s.ShareCapBasisPoints, s.OfferHours, s.QuoteValidityDays, s.QuoteCurrency,
            s.SellerKind, s.SellerName, s.LeadFirm?.Value, s.NumberPrefix, seller, prefix, s.Revision);
    }

    private static string Initials(string slug) =>
        string.Concat(slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));

    [GeneratedRegex("^[A-Z0-9]{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
