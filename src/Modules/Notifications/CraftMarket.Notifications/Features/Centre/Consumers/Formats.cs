using System.Globalization;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Notifications.Features.Centre.Consumers;

/// <summary>Values as staff and households read them (Vietnamese number and money formats).</summary>
internal static class Formats
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Money(Money amount) => amount.Format(Vietnamese);

    public static string Count(long n) => n.ToString("N0", Vietnamese);
}
