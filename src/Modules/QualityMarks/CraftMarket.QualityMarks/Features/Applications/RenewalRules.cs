using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>
/// A renewal names a certificate of the same member under the same mark that is not revoked (a
/// revoked mark is applied for afresh), and only one open application renews a certificate at a time.
/// </summary>
internal static class RenewalRules
{
    public static async Task<Result> CheckAsync(QualityMarksDb db, CertificateId id, MemberId member, MarkSchemeId scheme,
        CurrentActor actor, CancellationToken ct)
    {
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        // A household learns nothing about another household's certificates: theirs or missing read the same.
        if (certificate is null || (!actor.IsStaff && certificate.MemberId != member)) return Error.NotFound("certificate");
        if (certificate.MemberId != member) return Error.Validation("renewsCertificateId", "This certificate is another member's.");
        if (certificate.SchemeId != scheme) return Error.Validation("renewsCertificateId", "This certificate is for another mark.");
        if (certificate.Status == CertificateStatus.Revoked)
            return Error.Validation("renewsCertificateId", "A revoked certificate cannot be renewed; apply afresh.");
        var renewing = await db.Applications.AsNoTracking().AnyAsync(a => a.Renews == id
            && (a.Status == ApplicationStatus.Draft || a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Inspecting), ct);
        return renewing ? Error.Conflict("renewal_open", "An open application already renews this certificate.") : Result.Ok();
    }
}
