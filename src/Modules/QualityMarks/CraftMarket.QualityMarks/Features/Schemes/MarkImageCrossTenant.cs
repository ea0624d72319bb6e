using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Schemes;

/// <summary>The platform host's read of a mark image across villages: read-only, by scheme id, active villages only.</summary>
internal sealed partial class MarkImage
{
    private static readonly CrossTenantReason PlatformRegistry = new("platform registry: the public image of an active village's mark, by scheme id");

    private async Task<IResult> ServeAcrossVillagesAsync(MarkSchemeId id, string? version, HttpContext http, CancellationToken ct)
    {
        var row = await db.AcrossAllTenants<MarkScheme>(PlatformRegistry).Where(s => s.Id == id)
            .Select(s => new { s.TenantId, s.ImageFileId }).FirstOrDefaultAsync(ct);
        if (row?.ImageFileId is not { } file || villages.FindById(row.TenantId) is not { IsActive: true } village) return NotFound();
        // Media's files are the current association's only: read this one in a unit of work for its village,
        // kept open until the response is written.
        var scope = scopes.CreateAsyncScope();
        http.Response.RegisterForDisposeAsync(scope);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(village.Id, village.Slug);
        return await RespondAsync(scope.ServiceProvider.GetRequiredService<IPrivateFiles>(), file, version, http, ct);
    }
}
