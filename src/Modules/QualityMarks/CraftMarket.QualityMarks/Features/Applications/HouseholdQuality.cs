using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Applications;

internal sealed record OpenScheme(Guid Id, string Name, string Description, IReadOnlySet<Guid> Categories);

internal sealed record MyProduct(Guid Id, string Name, string Category, Guid CategoryId);

internal sealed record MyVisit(DateTimeOffset? ScheduledFor, string Outcome, string Notes);

internal sealed record MyCertificate(Guid Id, string Number, string Mark, string Status, DateOnly ExpiresOn);

/// <summary>What a household's pages read besides its applications: marks open for applications, its products, its certificates.</summary>
internal sealed class HouseholdQuality(QualityMarksDb db, ICatalogue catalogue, TimeProvider clock)
{
    public async Task<IReadOnlyList<OpenScheme>> OpenSchemesAsync(CancellationToken ct) =>
        [.. (await db.Schemes.AsNoTracking().Where(s => !s.Retired && s.CurrentVersion > 0).ToListAsync(ct))
            .OrderBy(s => s.Name.Vi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .Select(s => new OpenScheme(s.Id.Value, s.Name.Vi, s.Description.Vi, SchemeCategories.Of(s)))];

    public async Task<IReadOnlyList<MyProduct>> ProductsOfAsync(MemberId member, CancellationToken ct)
    {
        var mine = new List<MyProduct>();
        await foreach (var p in catalogue.AllAsync(ct))
            if (p.Access.IsMadeBy(member) && p.Access.Status != ProductStatus.Archived)
                mine.Add(new MyProduct(p.Access.Id.Value, p.Name.GetValueOrDefault("vi") ?? p.Access.Id.Value.ToString(),
                    p.CategoryName.GetValueOrDefault("vi") ?? "", p.CategoryId.Value));
        return mine;
    }

    /// <summary>Product names (Vietnamese) by id, whoever makes them: for staff reading an application.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ProductNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var names = new Dictionary<Guid, string>();
        await foreach (var p in catalogue.AllAsync(ct))
            if (ids.Contains(p.Access.Id.Value)) names[p.Access.Id.Value] = p.Name.GetValueOrDefault("vi") ?? "";
        return names;
    }

    /// <summary>An application's visits as its household sees them: when, and the outcome with the inspector's notes (no photos).</summary>
    public async Task<IReadOnlyList<MyVisit>> VisitsOfAsync(MarkApplicationId application, CancellationToken ct) =>
        [.. (await db.Inspections.AsNoTracking().Where(i => i.ApplicationId == application).OrderBy(i => i.CreatedAt).ToListAsync(ct))
            .Select(i => new MyVisit(i.ScheduledFor, i.IsCancelled ? "Cancelled" : i.Outcome.ToString(), i.Notes))];

    public async Task<IReadOnlyList<MyCertificate>> CertificatesOfAsync(MemberId member, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Certificates.AsNoTracking().Where(c => c.MemberId == member).ToListAsync(ct);
        var schemeIds = rows.Select(c => c.SchemeId).Distinct().ToList();
        var schemes = await db.Schemes.AsNoTracking().Where(s => schemeIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name.Vi, ct);
        return [.. rows.OrderByDescending(c => c.ExpiresOn).Select(c => new MyCertificate(c.Id.Value, c.Number,
            schemes.GetValueOrDefault(c.SchemeId) ?? "", StatusWords.Of(c, now), c.ExpiresOn))];
    }
}

/// <summary>States as households and inspectors read them.</summary>
internal static class StatusWords
{
    public static string Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "Bản nháp",
        ApplicationStatus.Submitted => "Đã nộp, chờ Hội xem",
        ApplicationStatus.Inspecting => "Đang kiểm tra",
        ApplicationStatus.Granted => "Đã được cấp dấu",
        ApplicationStatus.Rejected => "Bị từ chối",
        _ => "Đã rút",
    };

    /// <summary>The staff pages' key (translated through the module's texts).</summary>
    public static string English(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "Draft",
        ApplicationStatus.Submitted => "Submitted, waiting for the association",
        ApplicationStatus.Inspecting => "Being inspected",
        ApplicationStatus.Granted => "Granted",
        ApplicationStatus.Rejected => "Rejected",
        _ => "Withdrawn",
    };

    public static string English(string status) => Enum.TryParse<ApplicationStatus>(status, out var s) ? English(s) : status;

    public static string EnglishOutcome(string outcome) => outcome switch
    {
        "Passed" => "Passed",
        "Failed" => "Failed",
        "Cancelled" => "Cancelled",
        _ => "Not yet visited",
    };

    public static string Of(string status) => Enum.TryParse<ApplicationStatus>(status, out var s) ? Of(s) : status;

    public static string Of(Certificate certificate, DateTimeOffset now) => certificate.Status switch
    {
        CertificateStatus.Suspended => "Tạm đình chỉ",
        CertificateStatus.Revoked => "Đã thu hồi",
        _ when certificate.IsExpiredAt(now) => "Hết hạn",
        _ => "Còn hiệu lực",
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "Passed" => "Đạt",
        "Failed" => "Không đạt",
        "Cancelled" => "Đã hủy",
        _ => "Chưa kiểm tra",
    };
}
