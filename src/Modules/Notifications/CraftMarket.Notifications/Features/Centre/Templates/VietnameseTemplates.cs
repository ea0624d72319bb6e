namespace CraftMarket.Notifications.Features.Centre.Templates;

/// <summary>Tiếng Việt: staff and households are written to in Vietnamese.</summary>
internal static class VietnameseTemplates
{
    public static readonly IReadOnlyDictionary<string, MessageTemplate> All = new Dictionary<string, MessageTemplate>(StringComparer.Ordinal)
    {
        ["inquiry.submitted"] = new("Yêu cầu báo giá mới", "Một người mua vừa gửi yêu cầu báo giá lúc {at}. Mở yêu cầu để xem và phân công."),
        ["inquiry.buyer-message"] = new("Người mua vừa nhắn tin", "Người mua đã gửi tin nhắn về một yêu cầu báo giá lúc {at}. Mở yêu cầu để trả lời."),
        ["quote.accepted"] = new("Báo giá {number} đã được chấp nhận", "Người mua đã chấp nhận báo giá {number} (phiên bản {version}), tổng {total}, giao trước {deliveryDate}. Đơn hàng đã được mở."),
        ["order.payment-received"] = new("Đã nhận thanh toán", "Đơn hàng đã nhận thêm tiền: đã trả {paid} trên tổng {total}."),
        ["work-order.ready"] = new("Lô hàng chờ kiểm tra", "Một hộ báo đã làm xong {quantity} sản phẩm (hạn {dueOn}). Hãy sắp xếp kiểm tra."),
        ["certificate.expiring"] = new("Chứng nhận {number} sắp hết hạn", "Chứng nhận {number} hết hiệu lực ngày {validUntil}. Hãy nhắc hội viên gia hạn."),
        ["label-batch.revoked"] = new("Lô tem nhãn đã bị thu hồi", "{count} tem nhãn đã bị thu hồi. Lý do: {reason}."),
        ["webhook.disabled"] = new("Webhook đã bị tắt", "Địa chỉ {url} đã bị tắt sau {failures} lần gửi lỗi liên tiếp. Lỗi gần nhất: {error}."),
        ["work-order.issued"] = new("Bạn có đơn việc mới", "Hội giao cho bạn {quantity} sản phẩm, hạn {dueOn}, tiền công {value}."),
        ["work-order.inspected"] = new("Kết quả kiểm tra lô hàng", "Đạt {accepted}, làm lại {rework}, loại {rejected}. Tiền công được tính: {value}."),
        ["member.paid"] = new("Bạn đã được trả tiền", "Hội đã trả bạn {amount} ngày {paidOn}."),
        ["notice"] = new("{title}", "{text}"),
        ["digest"] = new("Tóm tắt thông báo trong ngày ({count})", "Các thông báo của bạn từ hôm qua:\n{items}"),
    };
}
