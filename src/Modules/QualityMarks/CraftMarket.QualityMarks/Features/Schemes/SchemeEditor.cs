using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Schemes;

/// <summary>
/// Creates, changes and retires the association's mark schemes and publishes their criteria as
/// numbered versions. Every change writes its audit row in the same SaveChanges. Published versions
/// are never changed: a certificate names the version it was granted under (ADR 0037).
/// </summary>
internal sealed class SchemeEditor(QualityMarksDb db, ICatalogueCategories catalogue, ICurrentActor current, TimeProvider clock)
{
    public const string Subject = "scheme";

    public async Task<IReadOnlyList<SchemeDto>> ListAsync(bool includeRetired, CancellationToken ct) =>
        [.. (await db.Schemes.AsNoTracking().Where(s => includeRetired || !s.Retired).ToListAsync(ct))
            .OrderBy(s => s.Retired).ThenBy(s => s.Code, StringComparer.Ordinal).Select(s => SchemeDto.From(s))];

    public async Task<Result<SchemeDto>> GetAsync(MarkSchemeId id, CancellationToken ct)
    {
        if (await db.Schemes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } scheme) return Error.NotFound("scheme");
        var version = scheme.CurrentVersion == 0 ? null : await db.SchemeVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.SchemeId == id && v.Version == scheme.CurrentVersion, ct);
        return SchemeDto.From(scheme, version);
    }

    public async Task<Result<SchemeDto>> CreateAsync(SchemeInput input, CancellationToken ct)
    {
        var rules = new SchemeRules();
        var code = rules.Code(input.Code);
        var name = rules.BuyerText("name", input.Name, MarkScheme.NameMax);
        var description = rules.BuyerText("description", input.Description, MarkScheme.DescriptionMax);
        var categories = rules.Categories(input.Categories, await KnownCategoriesAsync(ct), []);
        var validity = rules.Validity(input.ValidityMonths);
        if (rules.Failed) return rules.Error;
        if (await CodeTaken(code, ct)) return CodeConflict(code);

        var now = clock.GetUtcNow();
        var scheme = new MarkScheme(MarkSchemeId.New(), db.Tenant, code, name, description, categories, validity, now);
        db.Schemes.Add(scheme);
        db.Record(now, Actor, Subject, scheme.Id.Value, "created", Describe(scheme));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two admins creating the same code at once: the unique index decides, the loser gets 409.
            if (await CodeTaken(code, ct)) return CodeConflict(code);
            throw;
        }
        return SchemeDto.From(scheme);
    }

    public async Task<Result<SchemeDto>> UpdateAsync(MarkSchemeId id, SchemeChanges input, CancellationToken ct)
    {
        if (await db.Schemes.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } scheme) return Error.NotFound("scheme");
        var rules = new SchemeRules();
        var name = rules.BuyerText("name", input.Name, MarkScheme.NameMax);
        var description = rules.BuyerText("description", input.Description, MarkScheme.DescriptionMax);
        var categories = rules.Categories(input.Categories, await KnownCategoriesAsync(ct), scheme.Categories);
        var validity = rules.Validity(input.ValidityMonths);
        if (rules.Failed) return rules.Error;

        var before = Describe(scheme);
        scheme.Name = name;
        scheme.Description = description;
        scheme.Categories = categories;
        scheme.ValidityMonths = validity;
        var after = Describe(scheme);
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            db.Record(clock.GetUtcNow(), Actor, Subject, scheme.Id.Value, "updated", $"{before} → {after}");
            await db.SaveChangesAsync(ct);
        }
        return await GetAsync(id, ct);
    }

    public async Task<Result> RetireAsync(MarkSchemeId id, string? reason, CancellationToken ct)
    {
        if (await db.Schemes.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } scheme) return Error.NotFound("scheme");
        if (scheme.Retired) return Result.Ok();
        scheme.Retired = true;
        db.Record(clock.GetUtcNow(), Actor, Subject, scheme.Id.Value, "retired", string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public async Task<Result<VersionDto>> PublishAsync(MarkSchemeId id, VersionInput input, CancellationToken ct)
    {
        if (await db.Schemes.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } scheme) return Error.NotFound("scheme");
        var rules = new SchemeRules();
        var criteria = rules.Criteria(input.Criteria);
        if (rules.Failed) return rules.Error;
        if (scheme.Retired) return Error.Conflict("scheme_retired", "The scheme is retired: no new criteria can be published.");

        var now = clock.GetUtcNow();
        var version = new MarkSchemeVersion(db.Tenant, scheme.Id, scheme.CurrentVersion + 1, criteria, now, Actor);
        db.SchemeVersions.Add(version);
        scheme.CurrentVersion = version.Version;
        db.Record(now, Actor, Subject, scheme.Id.Value, "version-published",
            $"v{version.Version}: {criteria.Count} criteria ({string.Join(", ", criteria.Select(c => c.Key))})");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin published the same number first (unique scheme + version): nothing of ours was kept.
            return Error.Conflict("version_published_meanwhile", "Another version was published at the same moment; reload and publish again.");
        }
        return VersionDto.From(version);
    }

    public async Task<Result<IReadOnlyList<VersionDto>>> VersionsAsync(MarkSchemeId id, CancellationToken ct)
    {
        if (!await db.Schemes.AnyAsync(s => s.Id == id, ct)) return Error.NotFound("scheme");
        var versions = await db.SchemeVersions.AsNoTracking().Where(v => v.SchemeId == id).ToListAsync(ct);
        return Result.Ok<IReadOnlyList<VersionDto>>([.. versions.OrderByDescending(v => v.Version).Select(VersionDto.From)]);
    }

    public async Task<Result<VersionDto>> VersionAsync(MarkSchemeId id, int number, CancellationToken ct)
    {
        var version = await db.SchemeVersions.AsNoTracking().FirstOrDefaultAsync(v => v.SchemeId == id && v.Version == number, ct);
        return version is null ? Error.NotFound("scheme version") : VersionDto.From(version);
    }

    private string Actor => AuditActor.Of(current.Actor);

    private async Task<IReadOnlyDictionary<Guid, bool>> KnownCategoriesAsync(CancellationToken ct) =>
        (await catalogue.ListAsync(ct)).ToDictionary(c => c.Id.Value, c => c.Retired);

    private Task<bool> CodeTaken(string code, CancellationToken ct) => db.Schemes.AsNoTracking().AnyAsync(s => s.Code == code, ct);

    private static Error CodeConflict(string code) =>
        Error.Conflict("scheme_code_taken", $"The association already has a scheme with the code “{code}”.");

    private static string Describe(MarkScheme s) => JsonSerializer.Serialize(new
    {
        s.Code,
        name = s.Name.ToDictionary(),
        s.Categories,
        s.ValidityMonths,
        // The description is long: its fingerprint says that it changed, the scheme itself keeps the text.
        description = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(s.Description.ToDictionary()))))[..16],
    });
}

/// <summary>How an audit row names who acted: the account id, or the background job.</summary>
internal static class AuditActor
{
    public static string Of(CurrentActor actor) =>
        actor.UserId is { } user ? user.ToString() : actor.IsSystem ? "system" : "anonymous";
}
