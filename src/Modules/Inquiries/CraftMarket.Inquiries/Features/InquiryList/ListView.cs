using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>One line of the list with its product as the village publishes it now (null: no longer published).</summary>
internal sealed record ListRow(int Index, ListLine Line, PublishedProduct? Product)
{
    public ProductVariantInfo? Variant => Line.Sku is { } sku && Product is { } p
        ? p.Variants.FirstOrDefault(v => string.Equals(v.Sku, sku, StringComparison.OrdinalIgnoreCase)) : null;
}

/// <summary>One village's lines: one inquiry when sent. <see cref="Earliest"/> is the first date it can promise them all.</summary>
internal sealed record VillageGroup(TenantId Village, ResolvedTenant? Tenant, IReadOnlyList<ListRow> Rows, DateOnly Earliest, string SiteUrl)
{
    public string Name => Tenant?.BrandName ?? "?";
}

/// <summary>The visitor's list as the list page shows it: lines grouped by village, each product read in its own village's scope.</summary>
internal sealed class ListView(VillageScopes villages, VillageLinks links, TimeProvider clock)
{
    public async Task<IReadOnlyList<VillageGroup>> LoadAsync(BuyerList list, HttpContext http, CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock.GetUtcNow());
        var groups = new List<VillageGroup>();
        foreach (var village in list.Villages)
        {
            var rows = list.Lines.Select((l, i) => (l, i)).Where(x => x.l.Village == village).ToList();
            await using var scope = villages.Open(village);
            var products = scope is null ? new Dictionary<ProductId, PublishedProduct>() : await scope.PublishedAsync(rows.Select(r => r.l.Product), ct);
            var shown = rows.Select(r => new ListRow(r.i, r.l, products.GetValueOrDefault(r.l.Product))).ToList();
            groups.Add(new VillageGroup(village, scope?.Village, shown,
                OrderRules.Earliest(today, shown.Where(r => r.Product is not null).Select(r => r.Product!.LeadTimeDays)),
                scope is null ? "" : links.SiteOf(scope.Village, http)));
        }
        return groups;
    }
}
