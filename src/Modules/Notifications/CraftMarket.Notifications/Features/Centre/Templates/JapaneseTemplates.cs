namespace CraftMarket.Notifications.Features.Centre.Templates;

/// <summary>日本語: for buyers who read Japanese.</summary>
internal static class JapaneseTemplates
{
    public static readonly IReadOnlyDictionary<string, MessageTemplate> All = new Dictionary<string, MessageTemplate>(StringComparer.Ordinal)
    {
        ["inquiry.submitted"] = new("新しい見積依頼", "{at} にバイヤーから見積依頼が届きました。内容を確認して担当を決めてください。"),
        ["inquiry.buyer-message"] = new("バイヤーからのメッセージ", "{at} にバイヤーから見積依頼についてメッセージが届きました。開いて返信してください。"),
        ["quote.accepted"] = new("見積 {number} が承諾されました", "バイヤーが見積 {number}（第 {version} 版、合計 {total}、納期 {deliveryDate}）を承諾しました。注文が作成されました。"),
        ["order.payment-received"] = new("入金がありました", "注文に入金がありました：{total} のうち {paid} 支払済み。"),
        ["work-order.ready"] = new("検品待ちのロットがあります", "ある世帯が {quantity} 個を仕上げました（期限 {dueOn}）。検品を手配してください。"),
        ["certificate.expiring"] = new("認証 {number} の期限が近づいています", "認証 {number} の有効期限は {validUntil} です。会員に更新を促してください。"),
        ["label-batch.revoked"] = new("ラベルのロットが取り消されました", "{count} 枚のラベルが取り消されました。理由：{reason}。"),
        ["webhook.disabled"] = new("Webhook が無効になりました", "{url} は {failures} 回続けて配信に失敗したため無効になりました。最後のエラー：{error}。"),
        ["work-order.issued"] = new("新しい作業があります", "協会から {quantity} 個の作業が届きました。期限 {dueOn}、工賃 {value}。"),
        ["work-order.inspected"] = new("ロットの検品結果", "合格 {accepted}、手直し {rework}、不合格 {rejected}。支払対象：{value}。"),
        ["member.paid"] = new("お支払いしました", "協会は {paidOn} に {amount} をお支払いしました。"),
        ["notice"] = new("{title}", "{text}"),
        ["digest"] = new("本日のまとめ（{count} 件）", "昨日からのお知らせ：\n{items}"),
    };
}
