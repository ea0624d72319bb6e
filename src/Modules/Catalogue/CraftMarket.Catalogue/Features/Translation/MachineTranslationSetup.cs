using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>The association turns its machine-translation service on or off.</summary>
internal sealed class MachineTranslationSetup(CatalogueDb db, ITenantContext tenant, MachineTranslationOptions options, TimeProvider clock)
{
    public async Task<MachineTranslationDto> GetAsync(CancellationToken ct) =>
        Dto(await db.MachineTranslation.AsNoTracking().FirstOrDefaultAsync(ct));

    public async Task<Result<MachineTranslationDto>> ChangeAsync(MachineTranslationInput input, CancellationToken ct)
    {
        if (tenant.TenantId is not { } village) return Error.NotFound("association");
        var settings = await db.MachineTranslation.FirstOrDefaultAsync(ct);
        var isNew = settings is null;
        settings ??= MachineTranslationSettings.Off(village);
        var changed = settings.Change(input.ServiceUrl, input.ApiKey, options.AllowedHosts, clock.GetUtcNow());
        if (changed.IsFailure) return changed.Error!;
        if (isNew) db.MachineTranslation.Add(settings);
        await db.SaveChangesAsync(ct);
        return Dto(settings);
    }

    private static MachineTranslationDto Dto(MachineTranslationSettings? s) => new(s?.IsOn ?? false, s?.ServiceUrl, s?.ApiKey is not null);
}
