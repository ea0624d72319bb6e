using CraftMarket.SharedKernel.Auditing;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Domain;

/// <summary>
/// An association's genuine-product mark. Its criteria live in numbered, immutable
/// <see cref="MarkSchemeVersion"/>s: a certificate records the version it was granted under, so
/// tightening the criteria never silently changes what an old certificate meant.
/// Shown on the storefront (badges carry its name and image), so a change drops the village's kept pages.
/// </summary>
[Audited("quality-marks", Subject = "Code")]
internal sealed class MarkScheme : IShownOnStorefront
{
    public const int CodeMax = 60;
    public const int NameMax = 120;
    public const int DescriptionMax = 4000;

    private MarkScheme() { }

    public MarkScheme(MarkSchemeId id, TenantId tenantId, string code, Translations name, Translations description,
        IReadOnlyList<string> categories, int validityMonths, DateTimeOffset createdAt)
    {
        Id = id;
        TenantId = tenantId;
        Code = code;
        Name = name;
        Description = description;
        Categories = [.. categories];
        ValidityMonths = validityMonths;
        CreatedAt = createdAt;
    }

    public MarkSchemeId Id { get; private set; }
    public TenantId TenantId { get; private set; }

    /// <summary>Short stable name in URLs and certificate numbers, e.g. "gom-bat-trang".</summary>
    public string Code { get; set; } = "";
    public Translations Name { get; set; } = new("");
    public Translations Description { get; set; } = new("");

    /// <summary>The mark image (a Media private file, served publicly by this module); null until uploaded.</summary>
    public Guid? ImageFileId { get; set; }

    /// <summary>Catalogue category codes the mark may be granted for.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>How long a certificate granted under this scheme is valid.</summary>
    public int ValidityMonths { get; set; }

    /// <summary>The latest published version; 0 before the first criteria were published.</summary>
    public int CurrentVersion { get; set; }

    /// <summary>No new applications once retired; existing certificates run to their expiry.</summary>
    public bool Retired { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>How a criterion is met: the kinds the issue and the field studies name.</summary>
internal enum CriterionKind { RawMaterialOrigin, Technique, MadeInVillageByMember, ProductStandard, DocumentRequired }

/// <summary>One criterion of a scheme version; <see cref="Key"/> is stable across versions so inspections can refer to it.</summary>
internal sealed record Criterion(string Key, Translations Text, CriterionKind Kind, Translations HowChecked);

/// <summary>The criteria of a scheme as published at one moment. Never edited: a change publishes a new version.</summary>
internal sealed class MarkSchemeVersion : ITenantOwned
{
    private MarkSchemeVersion() { }

    public MarkSchemeVersion(TenantId tenantId, MarkSchemeId schemeId, int version, IReadOnlyList<Criterion> criteria,
        DateTimeOffset publishedAt, string publishedBy)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        SchemeId = schemeId;
        Version = version;
        Criteria = [.. criteria];
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
    }

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public MarkSchemeId SchemeId { get; private set; }
    public int Version { get; private set; }
    public List<Criterion> Criteria { get; private set; } = [];
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";
}
