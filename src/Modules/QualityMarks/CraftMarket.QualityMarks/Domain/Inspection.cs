using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Domain;

internal enum InspectionOutcome { Pending, Passed, Failed }

/// <summary>One criterion of the application's scheme version, as the inspector found it.</summary>
internal sealed record CriterionFinding(string CriterionKey, bool Met, string Notes, List<Guid> PhotoFileIds);

/// <summary>Defects found in the sample, by type (e.g. "rạn men không đều", "lỗ khí"), with how many pieces.</summary>
internal sealed record DefectCount(string Type, int Count);

/// <summary>
/// An inspector's visit to a member for an application: scheduled (the member is told by SMS), then
/// recorded on the phone: each criterion met or not with notes and photos, defects by type, sample
/// size and outcome. An application may need several; a certificate is granted on a passed one.
/// </summary>
internal sealed partial class Inspection : ITenantOwned
{
    public const int NotesMax = 2000;

    private Inspection() { }

    public Inspection(InspectionId id, TenantId tenantId, MarkApplicationId applicationId, DateTimeOffset? scheduledFor,
        string? inspectorUserId, DateTimeOffset createdAt)
    {
        Id = id;
        TenantId = tenantId;
        ApplicationId = applicationId;
        ScheduledFor = scheduledFor;
        InspectorUserId = inspectorUserId;
        CreatedAt = createdAt;
    }

    public InspectionId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public MarkApplicationId ApplicationId { get; private set; }
    public DateTimeOffset? ScheduledFor { get; set; }
    public string? InspectorUserId { get; set; }
    public DateTimeOffset? PerformedAt { get; set; }
    public List<CriterionFinding> Findings { get; set; } = [];
    public List<DefectCount> Defects { get; set; } = [];
    public int SampleSize { get; set; }
    public InspectionOutcome Outcome { get; set; } = InspectionOutcome.Pending;
    public string Notes { get; set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
