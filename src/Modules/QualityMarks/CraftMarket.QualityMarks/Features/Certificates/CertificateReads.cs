using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>What the list of certificates is filtered by. <see cref="State"/>: valid, not-yet-valid, expired, suspended, revoked.</summary>
internal sealed record CertificateFilter(string? State = null, int? ExpiringWithinDays = null, Guid? Member = null, Guid? Scheme = null,
    int Page = 1, int PageSize = 50)
{
    public static readonly IReadOnlyList<string> States = ["valid", "not-yet-valid", "expired", "suspended", "revoked"];
}

/// <summary>
/// Staff read every certificate of their association; a producer reads only its own member's (any other
/// id is a 404, as is another association's). The reason behind a suspension stays with staff.
/// </summary>
internal sealed class CertificateReads(QualityMarksDb db, TimeProvider clock)
{
    public async Task<Result<PagedList<CertificateDto>>> List(CertificateFilter filter, CurrentActor actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(filter.Page, filter.PageSize, errors);
        if (filter.State is { } s && !CertificateFilter.States.Contains(s)) errors["state"] = [$"Give one of: {string.Join(", ", CertificateFilter.States)}."];
        if (filter.ExpiringWithinDays is < 0 or > 3660) errors["expiringWithinDays"] = ["Give a number of days from 0 to 3660."];
        if (errors.Count > 0) return Error.Validation(errors);

        var now = clock.GetUtcNow();
        var today = RegistryClock.Today(now);
        var query = Visible(actor);
        if (filter.Member is { } member) query = query.Where(c => c.MemberId == new MemberId(member));
        if (filter.Scheme is { } scheme) query = query.Where(c => c.SchemeId == new MarkSchemeId(scheme));
        query = filter.State switch
        {
            "valid" => query.Where(c => c.Status == CertificateStatus.Active && c.IssuedOn <= today && c.ExpiresOn >= today),
            "not-yet-valid" => query.Where(c => c.Status == CertificateStatus.Active && c.IssuedOn > today),
            "expired" => query.Where(c => c.Status == CertificateStatus.Active && c.ExpiresOn < today),
            "suspended" => query.Where(c => c.Status == CertificateStatus.Suspended),
            "revoked" => query.Where(c => c.Status == CertificateStatus.Revoked),
            _ => query,
        };
        if (filter.ExpiringWithinDays is { } days)
        {
            var until = today.AddDays(days);
            query = query.Where(c => c.Status == CertificateStatus.Active && c.ExpiresOn >= today && c.ExpiresOn <= until);
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(c => c.ExpiresOn).ThenBy(c => c.Number)
            .Skip(Paging.Skip(filter.Page, filter.PageSize)).Take(filter.PageSize).ToListAsync(ct);
        return new PagedList<CertificateDto>([.. rows.Select(c => CertificateDto.From(c, now, actor.IsStaff))], filter.Page, filter.PageSize, total);
    }

    public async Task<Result<CertificateDto>> Get(CertificateId id, CurrentActor actor, CancellationToken ct) =>
        await Visible(actor).FirstOrDefaultAsync(c => c.Id == id, ct) is { } found
            ? CertificateDto.From(found, clock.GetUtcNow(), actor.IsStaff)
            : Error.NotFound("certificate");

    /// <summary>The certificate's audit trail, oldest first (staff only).</summary>
    public async Task<Result<IReadOnlyList<CertificateAuditDto>>> Audit(CertificateId id, CancellationToken ct)
    {
        if (!await db.Certificates.AnyAsync(c => c.Id == id, ct)) return Error.NotFound("certificate");
        var entries = await db.Audit.AsNoTracking().Where(a => a.SubjectKind == "certificate" && a.SubjectId == id.Value).ToListAsync(ct);
        return Result.Ok<IReadOnlyList<CertificateAuditDto>>([.. entries.OrderBy(e => e.At).ThenBy(e => e.Id).Select(CertificateAuditDto.From)]);
    }

    private IQueryable<Certificate> Visible(CurrentActor actor)
    {
        var all = db.Certificates.AsNoTracking();
        if (actor.IsStaff) return all;
        return actor.IsProducerFor(out var member) ? all.Where(c => c.MemberId == member) : all.Where(_ => false);
    }
}
