using CraftMarket.Search.Data;
using CraftMarket.Search.Domain;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Search.Glossary;

internal sealed record GlossaryEntryDto(Guid Id, IReadOnlyList<string> Terms, DateTimeOffset UpdatedAt);

internal sealed record GlossaryInput(IReadOnlyList<string>? Terms);

/// <summary>The association's glossary: edits are used by the next search (the cache is cleared), no reindex.</summary>
internal sealed class GlossaryEditor(SearchDb db, ITenantContext tenant, GlossaryCache cache, TimeProvider clock)
{
    public const int MaxEntries = 500;

    public async Task<IReadOnlyList<GlossaryEntryDto>> ListAsync(CancellationToken ct) =>
        (await db.Glossary.AsNoTracking().ToListAsync(ct)).OrderBy(g => g.Terms.FirstOrDefault(), StringComparer.Ordinal).Select(Dto).ToList();

    public async Task<Result<GlossaryEntryDto>> AddAsync(GlossaryInput input, CancellationToken ct)
    {
        if (await db.Glossary.CountAsync(ct) >= MaxEntries) return Error.Conflict("glossary_full", $"A glossary has at most {MaxEntries} entries.");
        var created = GlossaryEntry.Create(tenant.TenantId!.Value, input.Terms, clock.GetUtcNow());
        if (created.IsFailure) return created.Error!;
        db.Glossary.Add(created.Value!);
        return await SaveAsync(created.Value!, ct);
    }

    public async Task<Result<GlossaryEntryDto>> ChangeAsync(Guid id, GlossaryInput input, CancellationToken ct)
    {
        if (await db.Glossary.FirstOrDefaultAsync(g => g.Id == id, ct) is not { } entry) return Error.NotFound("glossary entry");
        var changed = entry.Change(input.Terms, clock.GetUtcNow());
        return changed.IsFailure ? changed.Error! : await SaveAsync(entry, ct);
    }

    public async Task<Result> RemoveAsync(Guid id, CancellationToken ct)
    {
        if (await db.Glossary.FirstOrDefaultAsync(g => g.Id == id, ct) is not { } entry) return Result.NotFound("glossary entry");
        db.Glossary.Remove(entry);
        await db.SaveChangesAsync(ct);
        cache.Forget(tenant.TenantId!.Value);
        return Result.Ok();
    }

    private async Task<Result<GlossaryEntryDto>> SaveAsync(GlossaryEntry entry, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        cache.Forget(tenant.TenantId!.Value);
        return Dto(entry);
    }

    private static GlossaryEntryDto Dto(GlossaryEntry g) => new(g.Id, g.Terms, g.UpdatedAt);
}
