using System.Globalization;
using CraftMarket.Inquiries.Features.Allocation.Engine;

namespace CraftMarket.Inquiries.Features.Allocation;

/// <summary>
/// A share's reason as stored (<c>Share.Reason</c>): a short code the engine or the desk writes
/// ("engine:maker|left=1200|last=2026-10-02|cap", "desk"), read out in English for the API and in
/// Vietnamese for the desk page. Any other text (written by another feature) is shown as it is.
/// </summary>
internal static class ShareReasons
{
    public const string Desk = "desk";
    private const string Engine = "engine:";

    public static string Encode(ShareReason reason)
    {
        var parts = new List<string>
        {
            reason.Route == Route.Maker ? "maker" : "craft",
            string.Create(CultureInfo.InvariantCulture, $"left={reason.CapacityLeft}"),
            reason.LastWork is { } last ? "last=" + last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never",
        };
        if (reason.CapApplied) parts.Add("cap");
        if (reason.CapLifted) parts.Add("lifted");
        return Engine + string.Join('|', parts);
    }

    public static string English(string stored) => Read(stored, english: true);

    public static string Vietnamese(string stored) => Read(stored, english: false);

    private static string Read(string stored, bool english)
    {
        if (stored == Desk) return english ? "set by the desk" : "do bộ phận xuất khẩu đặt";
        if (!stored.StartsWith(Engine, StringComparison.Ordinal)) return stored;
        var said = new List<string>();
        foreach (var part in stored[Engine.Length..].Split('|'))
        {
            var (name, value) = part.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (part[..at], part[(at + 1)..]) : (part, "");
            said.Add((name, english) switch
            {
                ("maker", true) => "maker of the product",
                ("maker", false) => "nhà sản xuất của sản phẩm",
                ("craft", true) => "same craft",
                ("craft", false) => "cùng nghề",
                ("left", true) => $"capacity left {value} by the due date",
                ("left", false) => $"năng lực còn {value} đến hạn giao",
                ("last", true) => $"last work {value}",
                ("last", false) => $"lần nhận việc gần nhất {Day(value)}",
                ("never", true) => "no work yet",
                ("never", false) => "chưa nhận việc lần nào",
                ("cap", true) => "share cap applied",
                ("cap", false) => "đã áp trần tỷ lệ",
                ("lifted", true) => "share cap lifted: no one else can make it",
                ("lifted", false) => "vượt trần vì không còn hộ nào làm được",
                _ => part,
            });
        }
        return string.Join("; ", said);
    }

    private static string Day(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : iso;
}
