using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Certificates;

/// <summary>Names the certificate pages show beside ids: members, marks (Vietnamese) and products.</summary>
internal sealed class CertificatePageData(QualityMarksDb db, IMemberDirectory members, IMakerCatalogue catalogue)
{
    public async Task<IReadOnlyDictionary<Guid, string>> MemberNamesAsync(CancellationToken ct) =>
        (await members.ListAsync(ct)).ToDictionary(m => m.Id.Value, m => m.DisplayName);

    public async Task<IReadOnlyDictionary<Guid, string>> SchemeNamesAsync(CancellationToken ct) =>
        await db.Schemes.AsNoTracking().ToDictionaryAsync(s => s.Id.Value, s => s.Name.Vi, ct);

    /// <summary>The member's published products by name (Vietnamese first); others are shown by a short id.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ProductNamesAsync(MemberId member, CancellationToken ct) =>
        (await catalogue.PublishedByAsync(member, 200, ct)).ToDictionary(p => p.Id.Value,
            p => p.Name.GetValueOrDefault("vi") ?? p.Name.Values.FirstOrDefault() ?? p.Id.ToString());

    public static string ProductName(IReadOnlyDictionary<Guid, string> names, Guid id) =>
        names.GetValueOrDefault(id) ?? $"#{id.ToString()[..8]}";
}

/// <summary>The Vietnamese words for a certificate's state, as staff read them.</summary>
internal static class CertificateStateText
{
    public static string Of(string state) => state switch
    {
        "valid" => "Valid",
        "not-yet-valid" => "Not yet valid",
        "expired" => "Expired",
        "suspended" => "Suspended",
        "revoked" => "Revoked",
        _ => state,
    };
}

/// <summary>An audit line's verb as staff read it.</summary>
internal static class AuditActionText
{
    public static string Of(string action) => action switch
    {
        "granted" => "Granted",
        "started" => "Became valid",
        "suspended" => "Suspended",
        "revoked" => "Revoked",
        "reinstated" => "Reinstated",
        "expired" => "Expired",
        "reminded-60" => "Reminder 60 days before expiry",
        "reminded-30" => "Reminder 30 days before expiry",
        "reminded-7" => "Reminder 7 days before expiry",
        _ => action,
    };
}
