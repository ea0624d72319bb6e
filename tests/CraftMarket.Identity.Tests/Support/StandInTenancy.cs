using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests.Support;

/// <summary>Three villages with fixed ids, used only when the real Tenancy module is absent.</summary>
internal sealed class StandInTenants : ITenantDirectory
{
    private static ResolvedTenant Village(string id, string slug, string vi, string en) => new(
        new TenantId(Guid.Parse(id)), slug, vi, en, en, "", TenantStatus.Active, "vi", ["vi", "en"], "VND", [], "default",
        new BrandTokens("#000", "#000", "#fff", "#000", "serif", "sans-serif", null), new ExportDeskContact(null, null, null, null), []);

    public IReadOnlyList<ResolvedTenant> All { get; } =
    [
        Village("0198f100-0000-7000-8000-000000000001", "bat-trang", "Làng gốm Bát Tràng", "Bat Trang ceramics"),
        Village("0198f100-0000-7000-8000-000000000002", "dong-ky", "Làng gỗ Đồng Kỵ", "Dong Ky woodcraft"),
        Village("0198f100-0000-7000-8000-000000000003", "van-phuc", "Làng lụa Vạn Phúc", "Van Phuc silk"),
    ];

    public ResolvedTenant? FindById(TenantId id) => All.FirstOrDefault(t => t.Id == id);
    public ResolvedTenant? FindBySlug(string slug) => All.FirstOrDefault(t => t.Slug == slug);
}

/// <summary>Sets the tenant from "{slug}.localhost", as the real resolution middleware does.</summary>
internal sealed class StandInTenantResolution : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (HttpContext ctx, RequestDelegate nextMiddleware) =>
        {
            var host = ctx.Request.Host.Host;
            if (host.EndsWith(".localhost", StringComparison.Ordinal)
                && ctx.RequestServices.GetRequiredService<ITenantDirectory>().FindBySlug(host[..^".localhost".Length]) is { } tenant)
                ctx.RequestServices.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug);
            await nextMiddleware(ctx);
        });
        next(app);
    };
}
