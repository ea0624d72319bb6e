namespace CraftMarket.QualityMarks.Contracts;

// Typed ids: a certificate id can never be passed where a batch id is expected. Version 7 GUIDs
// keep inserts in index order; they are not secrets (item codes are signed, not guessed).

/// <summary>An association's genuine-product mark (e.g. "Gốm Bát Tràng chính hiệu").</summary>
public readonly record struct MarkSchemeId(Guid Value)
{
    public static MarkSchemeId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>A member's request for a mark on some of its products.</summary>
public readonly record struct MarkApplicationId(Guid Value)
{
    public static MarkApplicationId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>One inspector visit for an application.</summary>
public readonly record struct InspectionId(Guid Value)
{
    public static InspectionId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>A granted mark: member, products, scheme version, validity.</summary>
public readonly record struct CertificateId(Guid Value)
{
    public static CertificateId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>A certificate from another body a member holds (ISO 9001, fair trade, OEKO-TEX, HACCP...).</summary>
public readonly record struct OtherCertificateId(Guid Value)
{
    public static OtherCertificateId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>A run of signed item codes for one certified product.</summary>
public readonly record struct LabelBatchId(Guid Value)
{
    public static LabelBatchId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
