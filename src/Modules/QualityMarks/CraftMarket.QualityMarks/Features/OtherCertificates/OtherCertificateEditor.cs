using System.Globalization;
using System.Text.Json;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Schemes;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.OtherCertificates;

/// <summary>
/// Certificates members hold from other bodies (ISO, fair trade, OEKO-TEX, HACCP...), recorded by
/// the association's staff; the member itself may read its own. Every change is audited. Reminders
/// before <see cref="OtherCertificate.ExpiresOn"/> are the certificates part's job.
/// </summary>
internal sealed class OtherCertificateEditor(QualityMarksDb db, IMemberDirectory members, ICurrentActor current, TimeProvider clock)
{
    public const string Subject = "other-certificate";

    public async Task<IReadOnlyList<OtherCertificateDto>> ListAsync(Guid? memberId, bool includeWithdrawn, CancellationToken ct)
    {
        var actor = current.Actor;
        var query = db.OtherCertificates.AsNoTracking();
        // A household sees its own certificates only, whatever it asks for.
        if (!actor.IsStaff) query = actor.IsProducerFor(out var own) ? query.Where(c => c.MemberId == own) : query.Where(_ => false);
        else if (memberId is { } wanted) query = query.Where(c => c.MemberId == new MemberId(wanted));
        if (!includeWithdrawn) query = query.Where(c => !c.Withdrawn);
        var rows = await query.ToListAsync(ct);
        var names = (await members.ListAsync(ct)).ToDictionary(m => m.Id, m => m.DisplayName);
        var now = clock.GetUtcNow();
        return [.. rows.OrderBy(c => names.GetValueOrDefault(c.MemberId), StringComparer.Ordinal).ThenBy(c => c.ExpiresOn ?? DateOnly.MaxValue)
            .Select(c => OtherCertificateDto.From(c, names.GetValueOrDefault(c.MemberId), now))];
    }

    public async Task<Result<OtherCertificateDto>> GetAsync(OtherCertificateId id, DocumentDto? document, CancellationToken ct)
    {
        if (await FindReadableAsync(id, ct) is not { } certificate) return Error.NotFound("certificate");
        var member = await members.FindAsync(certificate.MemberId, ct);
        return OtherCertificateDto.From(certificate, member?.DisplayName, clock.GetUtcNow(), document);
    }

    /// <summary>The certificate if the actor may read it: staff any of the association's, a producer its own member's.</summary>
    public async Task<OtherCertificate?> FindReadableAsync(OtherCertificateId id, CancellationToken ct)
    {
        var certificate = await db.OtherCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        var actor = current.Actor;
        if (certificate is null) return null;
        if (actor.IsStaff) return certificate;
        return actor.IsProducerFor(out var own) && own == certificate.MemberId ? certificate : null;
    }

    public async Task<Result<OtherCertificateDto>> CreateAsync(OtherCertificateInput input, CancellationToken ct)
    {
        var rules = new SchemeRules();
        MemberSummary? member = null;
        if (input.MemberId is not { } memberId) rules.Fail("memberId", "Choose the member who holds the certificate.");
        else if ((member = await members.FindAsync(new MemberId(memberId), ct)) is not { Status: MemberStatus.Active })
            rules.Fail("memberId", "Not an active member of this association.");
        var fields = Fields(rules, input);
        if (rules.Failed) return rules.Error;

        var now = clock.GetUtcNow();
        var certificate = new OtherCertificate(OtherCertificateId.New(), db.Tenant, member!.Id, fields.Kind, fields.Issuer, fields.Number,
            fields.IssuedOn, fields.ExpiresOn, now);
        db.OtherCertificates.Add(certificate);
        db.Record(now, Actor, Subject, certificate.Id.Value, "recorded", Describe(certificate));
        await db.SaveChangesAsync(ct);
        return OtherCertificateDto.From(certificate, member.DisplayName, now);
    }

    public async Task<Result<OtherCertificateDto>> UpdateAsync(OtherCertificateId id, OtherCertificateInput input, CancellationToken ct)
    {
        if (await db.OtherCertificates.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } certificate) return Error.NotFound("certificate");
        var rules = new SchemeRules();
        if (input.MemberId is { } memberId && memberId != certificate.MemberId.Value)
            rules.Fail("memberId", "A certificate stays with its member: withdraw it and record a new one.");
        var fields = Fields(rules, input);
        if (rules.Failed) return rules.Error;
        if (certificate.Withdrawn) return Withdrawn();

        var before = Describe(certificate);
        (certificate.Kind, certificate.Issuer, certificate.Number, certificate.IssuedOn, certificate.ExpiresOn) = fields;
        var after = Describe(certificate);
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            db.Record(clock.GetUtcNow(), Actor, Subject, certificate.Id.Value, "updated", $"{before} → {after}");
            await db.SaveChangesAsync(ct);
        }
        return await GetAsync(id, null, ct);
    }

    public async Task<Result> WithdrawAsync(OtherCertificateId id, string? reason, CancellationToken ct)
    {
        if (await db.OtherCertificates.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } certificate) return Error.NotFound("certificate");
        if (certificate.Withdrawn) return Result.Ok();
        var why = (reason ?? "").Trim();
        if (why.Length > OtherCertificate.TextMax) return Error.Validation("reason", $"At most {OtherCertificate.TextMax} characters.");
        certificate.Withdrawn = true;
        db.Record(clock.GetUtcNow(), Actor, Subject, certificate.Id.Value, "withdrawn", why.Length == 0 ? null : why);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    /// <summary>Records a stored document on the certificate (the file was kept by <see cref="OtherCertificateDocument"/>).</summary>
    public async Task<Result> AttachAsync(OtherCertificate certificate, Media.Contracts.StoredFile file, CancellationToken ct)
    {
        var previous = certificate.DocumentFileId;
        certificate.DocumentFileId = file.Id.Value;
        db.Record(clock.GetUtcNow(), Actor, Subject, certificate.Id.Value, "document-attached",
            $"file {file.Id} ({file.Kind}, {file.Length} bytes, sha256 {file.Sha256}){(previous is { } old ? $", replaced {old}" : "")}");
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public async Task<Result<OtherCertificate>> FindForChangeAsync(OtherCertificateId id, CancellationToken ct)
    {
        if (await db.OtherCertificates.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } certificate) return Error.NotFound("certificate");
        return certificate.Withdrawn ? Withdrawn() : certificate;
    }

    private string Actor => AuditActor.Of(current.Actor);

    private static Error Withdrawn() => Error.Conflict("certificate_withdrawn", "The certificate was withdrawn: record a new one instead.");

    private static (string Kind, string Issuer, string Number, DateOnly? IssuedOn, DateOnly? ExpiresOn) Fields(SchemeRules rules, OtherCertificateInput input)
    {
        var kind = Required(rules, "kind", input.Kind, "Say what it certifies, e.g. ISO 9001:2015 or Fairtrade.");
        var issuer = Required(rules, "issuer", input.Issuer, "Name the body that issued it.");
        var number = Required(rules, "number", input.Number, "The certificate's number is required.");
        var issued = Day(rules, "issuedOn", input.IssuedOn, required: true);
        var expires = Day(rules, "expiresOn", input.ExpiresOn, required: false);
        if (issued is { } from && expires is { } to && to <= from) rules.Fail("expiresOn", "The expiry date is after the issue date.");
        return (kind, issuer, number, issued, expires);
    }

    private static string Required(SchemeRules rules, string field, string? value, string missing)
    {
        var clean = (value ?? "").Trim();
        if (clean.Length == 0) rules.Fail(field, missing);
        else if (clean.Length > OtherCertificate.TextMax) rules.Fail(field, $"At most {OtherCertificate.TextMax} characters.");
        return clean;
    }

    private static DateOnly? Day(SchemeRules rules, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) rules.Fail(field, "The date is required.");
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 1950 and <= 2200) return day;
        rules.Fail(field, "Give the date as yyyy-MM-dd.");
        return null;
    }

    private static string Describe(OtherCertificate c) => JsonSerializer.Serialize(new
    {
        member = c.MemberId.Value,
        c.Kind,
        c.Issuer,
        c.Number,
        issuedOn = c.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        expiresOn = c.ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    });
}
