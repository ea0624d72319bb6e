using CraftMarket.QualityMarks.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Domain;

internal enum ApplicationStatus { Draft, Submitted, Inspecting, Granted, Rejected, Withdrawn }

internal enum EvidenceKind { Photo, Document }

/// <summary>A photo or document a member attached (a Media private file: sniffed, limited, photos re-encoded without metadata).</summary>
internal sealed record EvidenceItem(Guid FileId, EvidenceKind Kind, string FileName, string Caption, DateTimeOffset AddedAt);

/// <summary>
/// A member asks for a mark on some of its products, from the phone, in Vietnamese, with evidence.
/// Private to the member and the association's staff. A renewal is an application that names the
/// certificate it renews.
/// </summary>
internal sealed partial class MarkApplication : ITenantOwned
{
    public const int NoteMax = 2000;
    public const int MaxProducts = 50;
    public const int MaxEvidence = 30;

    private MarkApplication() { }

    public MarkApplication(MarkApplicationId id, TenantId tenantId, MarkSchemeId schemeId, int schemeVersion, MemberId memberId,
        IReadOnlyList<Guid> productIds, string note, DateTimeOffset createdAt, CertificateId? renews = null)
    {
        Id = id;
        TenantId = tenantId;
        SchemeId = schemeId;
        SchemeVersion = schemeVersion;
        MemberId = memberId;
        ProductIds = [.. productIds];
        Note = note;
        CreatedAt = createdAt;
        Renews = renews;
    }

    public MarkApplicationId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public MarkSchemeId SchemeId { get; private set; }
    public int SchemeVersion { get; set; }
    public MemberId MemberId { get; private set; }
    public List<Guid> ProductIds { get; set; } = [];
    public string Note { get; set; } = "";
    public List<EvidenceItem> Evidence { get; set; } = [];
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Draft;
    public CertificateId? Renews { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>Why the association refused, for the member (Vietnamese).</summary>
    public string? DecisionNote { get; set; }
}
