using CraftMarket.QualityMarks.Domain;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Schemes;

/// <summary>The criterion kinds as staff read them (translation keys), and the notices these pages may show after a redirect.</summary>
internal static class CriterionKinds
{
    public static readonly IReadOnlyList<(CriterionKind Kind, string Label)> All =
    [
        (CriterionKind.RawMaterialOrigin, "Raw-material origin"),
        (CriterionKind.Technique, "Technique"),
        (CriterionKind.MadeInVillageByMember, "Made in the village by a member"),
        (CriterionKind.ProductStandard, "Product standard"),
        (CriterionKind.DocumentRequired, "Document required"),
    ];

    public static string Label(string kind) =>
        All.FirstOrDefault(k => string.Equals(k.Kind.ToString(), kind, StringComparison.Ordinal)).Label ?? kind;

    /// <summary>Only these are shown from the query string: a link cannot make the page say anything else.</summary>
    public static readonly IReadOnlyList<string> Notices =
        ["The mark was saved.", "The certificate was saved.", "Image uploaded.", "The mark is retired.", "Version published.", "Document uploaded.", "Certificate recorded.", "Certificate withdrawn."];
}
