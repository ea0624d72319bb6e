using System.Globalization;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Insight.Features.MemberPage;

/// <summary>
/// The member page's words: short plain Vietnamese, the way a household reads a text from the
/// association. Figures are written the Vietnamese way (1.200 chiếc, 24.000.000 ₫, 3,2%).
/// </summary>
internal static class MemberSentences
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Within a tenth of the average counts as "about the same": households compare, they do not audit.</summary>
    private const decimal Band = 0.10m;

    public static string Dong(long dong) => new Money(dong, Currency.VND).Format(Vietnamese);

    public static string Count(decimal n) => n.ToString(n == decimal.Truncate(n) ? "#,0" : "#,0.0", Vietnamese);

    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100).ToString("0.0", Vietnamese) + "%" : "—";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Work(MemberInsight m)
    {
        if (m.Mine.WorkOrders == 0)
            return "Trong 12 tháng qua bạn chưa nhận đơn việc nào. Hãy báo Hội bạn làm được mặt hàng gì, bao nhiêu chiếc một tháng, để Hội chia việc cho bạn.";
        if (m.Village is not { } v) return "Hội đã chia việc cho bạn trong 12 tháng qua.";
        return Compare(m.Mine.WorkValueVnd, v.WorkValueVnd) switch
        {
            > 0 => "Bạn nhận được nhiều việc hơn mức trung bình của làng.",
            < 0 => "Bạn nhận ít việc hơn mức trung bình của làng. Hãy báo Hội nếu bạn làm được thêm hàng.",
            _ => "Bạn nhận được việc ngang mức trung bình của làng.",
        };
    }

    public static string Earned(MemberInsight m)
    {
        if (m.Mine.EarnedVnd == 0) return "Chưa có hàng nào của bạn đạt kiểm hàng trong 12 tháng qua.";
        if (m.Village is not { } v) return "Đây là tiền hàng đạt kiểm hàng của bạn.";
        return Compare(m.Mine.EarnedVnd, v.EarnedVnd) switch
        {
            > 0 => "Bạn làm ra nhiều tiền hơn mức trung bình của làng.",
            < 0 => "Bạn làm ra ít tiền hơn mức trung bình của làng.",
            _ => "Bạn làm ra ngang mức trung bình của làng.",
        };
    }

    public static string Paid(MemberInsight m) => m.Mine.PaidVnd == 0
        ? "Hội chưa trả tiền cho bạn trong 12 tháng qua."
        : "Tiền Hội đã trả cho bạn. Xem từng lần trả ở trang Thu nhập.";

    public static string Defects(MemberInsight m)
    {
        if (m.Mine.DefectRatio is not { } mine) return "Chưa có lần kiểm hàng nào của bạn trong 12 tháng qua.";
        var worst = m.MyDefects.Count > 0 ? $" Lỗi hay gặp nhất: {DefectNames.Vietnamese(m.MyDefects[0].Type)}." : "";
        if (m.Village?.DefectRatio is not { } village) return mine == 0 ? "Hàng của bạn không có lỗi. Rất tốt!" : "Đây là số lỗi tìm thấy trong hàng mẫu của bạn." + worst;
        return Compare(mine, village) switch
        {
            < 0 => mine == 0 ? "Hàng của bạn không có lỗi. Rất tốt!" : "Hàng của bạn ít lỗi hơn mức chung của làng. Rất tốt!",
            > 0 => "Hàng của bạn nhiều lỗi hơn mức chung của làng." + worst + " Cán bộ kiểm hàng của Hội có thể hướng dẫn bạn.",
            _ => "Hàng của bạn có tỉ lệ lỗi ngang mức chung của làng." + worst,
        };
    }

    /// <summary>1 above the band around the average, -1 below, 0 within it.</summary>
    public static int Compare(decimal mine, decimal average)
    {
        if (average == 0) return mine > 0 ? 1 : 0;
        var change = (mine - average) / average;
        return change > Band ? 1 : change < -Band ? -1 : 0;
    }
}
