using System.Globalization;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Features.Inspections;

namespace CraftMarket.Orders.Pages.Inspections;

/// <summary>How the inspector's pages write numbers, dates and the plan: in Vietnamese ("1.000 chiếc"), Vietnam time.</summary>
internal static class InspectionText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static string Number(int n) => n.ToString("N0", Vi);

    public static string Pieces(int n) => $"{Number(n)} chiếc";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Moment(DateTimeOffset at) => at.ToOffset(Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Lô 1.000 chiếc: lấy mẫu 80 chiếc; chấp nhận nếu ≤ 5 lỗi".</summary>
    public static string Plan(SamplingPlan plan) =>
        plan.IsFullInspection
            ? $"Lô {Pieces(plan.LotSize)}: kiểm tất cả {Pieces(plan.SampleSize)}; chấp nhận nếu ≤ {Number(plan.AcceptNumber)} lỗi"
            : $"Lô {Pieces(plan.LotSize)}: lấy mẫu {Pieces(plan.SampleSize)}; chấp nhận nếu ≤ {Number(plan.AcceptNumber)} lỗi";

    public static string Outcome(InspectionOutcome outcome) => outcome switch
    {
        InspectionOutcome.Accepted => "Đạt",
        InspectionOutcome.Rework => "Làm lại",
        _ => "Loại",
    };
}
