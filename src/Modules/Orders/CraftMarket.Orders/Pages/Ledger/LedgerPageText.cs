using System.Globalization;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Pages.Ledger;

/// <summary>Amounts and dates as the desk reads them (Vietnamese grouping: "2.400.000 ₫").</summary>
internal static class LedgerPageText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Dong(long dong) => new Money(dong, Currency.VND).Format(Vietnamese);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("N0", Vietnamese);

    // Translation keys of the enums the pages show (each is in i18n/vi.json).
    public static string AccountKey(string account) => "ledger-account:" + account;

    public static string KindKey(string kind) => "ledger-kind:" + kind;

    public static string MethodKey(string method) => "payout-method:" + method;
}
