using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>
/// A buyer sent an inquiry: the association's export desk is told by e-mail at its contact address
/// (<c>ResolvedTenant.ExportDesk</c>), in Vietnamese, with the number, what and by when; the buyer's
/// details stay on the desk's page. Sent from the outbox after the inquiry is committed, once per
/// event (the processed mark commits before the mail: a crash in between loses one notice, never
/// sends two). No address, no mail: the inquiry waits in the desk's inbox either way.
/// </summary>
internal sealed class DeskNotice(InquiriesDb db, ITenantDirectory directory, IEmailSender mail, TimeProvider clock)
    : IIntegrationEventHandler<InquiryChanged>
{
    private const string Consumer = "inquiries.desk-notice";

    public async Task Handle(InquiryChanged e, CancellationToken ct)
    {
        if (e.Change != InquiryChange.Submitted || await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var inquiry = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == e.InquiryId, ct);
        var to = directory.FindById(e.TenantId)?.ExportDesk.Email;
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
        if (inquiry is null || string.IsNullOrWhiteSpace(to)) return;

        var vi = CultureInfo.GetCultureInfo("vi-VN");
        // Totals per unit of sale (ADR 0073): "300 chiếc, 50 mét", never metres added to pieces.
        var totals = string.Join(", ", inquiry.Lines.GroupBy(l => l.Unit)
            .Select(g => SharedKernel.Trade.UnitWords.Quantity((int)Math.Min(int.MaxValue, g.Sum(l => (long)l.Quantity)), g.Key, "vi", vi)));
        var body = string.Join("\n",
            $"Yêu cầu báo giá mới {inquiry.Number} từ người mua{(inquiry.Buyer.Company is { Length: > 0 } c ? $" ({c})" : "")}.",
            string.Create(vi, $"{inquiry.Lines.Count} dòng, tổng {totals}; cần giao trước {inquiry.RequiredBy:dd/MM/yyyy}; {Incoterms.Describe(inquiry.Incoterm, inquiry.DestinationPort)}, nước đến {inquiry.DestinationCountry}."),
            inquiry.WantsMarkedGoods ? "Người mua muốn hàng có tem nhãn hiệu chứng nhận." : "",
            inquiry.SampleRequested ? "Người mua muốn nhận hàng mẫu trước." : "",
            $"Mở yêu cầu trong mục Yêu cầu báo giá của trang quản trị: /admin/inquiries/{inquiry.Id}");
        await mail.SendAsync(to, $"Yêu cầu báo giá mới {inquiry.Number}", body.Replace("\n\n", "\n", StringComparison.Ordinal), ct);
    }
}
