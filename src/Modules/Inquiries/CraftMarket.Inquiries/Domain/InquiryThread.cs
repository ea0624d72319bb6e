using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Inquiries.Domain;

/// <summary>
/// Writes to an inquiry's thread for any feature (the buyer's page, the desk's page, the API):
/// who may write what is decided here once. The buyer writes messages; staff write messages or
/// internal notes; a desk message is the first response if none came before. Adds to the unit of
/// work; the caller saves.
/// </summary>
internal sealed class InquiryThread(InquiriesDb db, TimeProvider clock)
{
    public Result<InquiryMessage> Post(Inquiry inquiry, CurrentActor actor, string? body, bool isInternal)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0) return Error.Validation("body", "Write a message.");
        if (text.Length > InquiryMessage.BodyMax) return Error.Validation("body", $"At most {InquiryMessage.BodyMax} characters.");
        var now = clock.GetUtcNow();
        InquiryMessage message;
        if (actor.IsAssociationAdmin || actor.IsExportDesk)
        {
            message = new(inquiry.TenantId, inquiry.Id, MessageAuthor.Desk, actor.UserId, actor.DisplayName, text, isInternal, now);
            if (!isInternal) inquiry.FirstResponseAt ??= now;
        }
        else if (actor.UserId is { } user && user == inquiry.Buyer.UserId)
        {
            if (isInternal) return Error.Forbidden("Only the association writes internal notes.");
            message = new(inquiry.TenantId, inquiry.Id, MessageAuthor.Buyer, user, inquiry.Buyer.Name, text, false, now);
        }
        else return Error.NotFound("inquiry");
        db.Messages.Add(message);
        inquiry.Touch(now);
        if (!isInternal) db.Changed(inquiry, message.Author == MessageAuthor.Desk ? InquiryChange.DeskMessage : InquiryChange.BuyerMessage, clock);
        return message;
    }

    /// <summary>A line the system writes ("Quote v2 sent"), shown to the buyer unless <paramref name="isInternal"/>.</summary>
    public void System(Inquiry inquiry, string body, bool isInternal = false) =>
        db.Messages.Add(new InquiryMessage(inquiry.TenantId, inquiry.Id, MessageAuthor.System, null, "CraftMarket", body, isInternal, clock.GetUtcNow()));
}
