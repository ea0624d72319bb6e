using System.Globalization;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>
/// Numbers, dates and prices as a household reads them: "120.000 ₫", "12/02/2027", "US$8.40". The
/// contract currency keeps the sign buyers' invoices show (US$8.40), so the household can compare
/// it with what it hears; đồng are written the Vietnamese way.
/// </summary>
internal static class WorkWords
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo Contract = CultureInfo.GetCultureInfo("en-US");

    public static string Number(long value) => value.ToString("N0", Vietnamese);

    public static string Dong(long dong) => new Money(dong, Currency.VND).Format(Vietnamese);

    public static string Foreign(Money amount) => amount.Currency == Currency.VND ? amount.Format(Vietnamese) : amount.Format(Contract);

    /// <summary>"12/02/2027".</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"12/02": short, for a text message.</summary>
    public static string ShortDate(DateOnly day) => day.ToString("dd/MM", CultureInfo.InvariantCulture);

    /// <summary>"07:30 12/02/2027", Vietnam time.</summary>
    public static string Moment(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>For a date input's value and min attributes.</summary>
    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Today in Vietnam, the association's calendar.</summary>
    public static DateOnly Today(TimeProvider clock) => Domain.VietnamDate.Today(clock.GetUtcNow());
}
