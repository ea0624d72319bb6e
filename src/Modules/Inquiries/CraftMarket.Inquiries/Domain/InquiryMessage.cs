using System.Text.Json.Serialization;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Inquiries.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<MessageAuthor>))]
internal enum MessageAuthor { Buyer, Desk, System }

/// <summary>
/// One entry of an inquiry's thread: a message between buyer and desk, a system line ("Quote v2
/// sent"), or an internal note the buyer never sees (<see cref="IsInternal"/>; every buyer read
/// filters on it in the query, not in the page).
/// </summary>
internal sealed class InquiryMessage : ITenantOwned
{
    public const int BodyMax = 4000;

    private InquiryMessage() { }   // EF

    public InquiryMessage(TenantId tenantId, InquiryId inquiryId, MessageAuthor author, Guid? authorUserId, string authorName,
        string body, bool isInternal, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        InquiryId = inquiryId;
        Author = author;
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        Body = body;
        IsInternal = isInternal;
        At = at;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public InquiryId InquiryId { get; private set; }
    public MessageAuthor Author { get; private set; }
    public Guid? AuthorUserId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Body { get; private set; } = "";
    public bool IsInternal { get; private set; }
    public DateTimeOffset At { get; private set; }
}
