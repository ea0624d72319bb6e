using CraftMarket.Orders.Features.Inspections;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Pages.Inspections;

/// <summary>
/// The use case answers in English (the API's language, with the numbers of the case in it); the
/// inspector's page says the same in Vietnamese, field by field, from the plan it shows.
/// </summary>
internal static class InspectionErrors
{
    public static IEnumerable<string> Vietnamese(Error error, SamplingPlan? plan, int defective)
    {
        if (error.Kind == ErrorKind.Conflict)
        {
            yield return error.Code == "work_order_changed"
                ? "Lô vừa được người khác cập nhật. Hãy tải lại trang rồi kiểm lại."
                : "Lô này không còn chờ kiểm (đã kiểm xong, đang làm lại hoặc đơn hàng không ở giai đoạn kiểm hàng).";
            yield break;
        }
        if (error.Kind == ErrorKind.NotFound) { yield return "Không tìm thấy lô này."; yield break; }
        if (error.Kind == ErrorKind.Forbidden) { yield return "Chỉ cán bộ kiểm hàng, bàn xuất khẩu và quản trị hội được kiểm lô."; yield break; }
        foreach (var field in (error.Fields ?? new Dictionary<string, string[]> { [""] = [error.Message] }).Keys)
            yield return Say(field, error, plan, defective);
    }

    private static string Say(string field, Error error, SamplingPlan? plan, int defective) => field switch
    {
        "lotSize" => "Cỡ lô phải từ 1 đến số chiếc còn chờ kiểm.",
        "sampleInspected" when plan is { IsFullInspection: true } => $"Phải kiểm tất cả {InspectionText.Pieces(plan.LotSize)} của lô.",
        "sampleInspected" when plan is not null =>
            $"Phải kiểm ít nhất {InspectionText.Pieces(plan.SampleSize)} mẫu và không quá {InspectionText.Pieces(plan.LotSize)}.",
        "defects" => "Số chiếc lỗi không thể nhiều hơn số chiếc đã kiểm.",
        var f when f.StartsWith("defects[", StringComparison.Ordinal) => "Số lỗi mỗi loại phải là số từ 0 trở lên.",
        "outcome" when plan is not null && defective >= plan.RejectNumber =>
            $"Có {InspectionText.Number(defective)} chiếc lỗi, từ {InspectionText.Number(plan.RejectNumber)} lỗi trở lên lô không đạt: " +
            "hãy chọn Làm lại hoặc Loại.",
        "outcome" => "Hãy chọn kết quả: Đạt, Làm lại hoặc Loại.",
        "quantities" => "Số chiếc loại bỏ không thể nhiều hơn số chiếc lỗi.",
        "note" => "Ghi chú tối đa 1.000 ký tự.",
        "file" => "Ảnh không nhận được: " + string.Join("; ", error.Fields?.GetValueOrDefault("file") ?? [error.Message]),
        "photoIds" => "Ảnh không thuộc lô này.",
        _ => error.Message,
    };
}
