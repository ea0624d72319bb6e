using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Seeding;

/// <summary>
/// The orders demo: in each village one order in every state (awaiting deposit through closed, and a
/// cancelled one), for the demo buyers, made by the products' maker households, with bank receipts,
/// progress, inspections (one lot reworked), payouts and the ledger postings the features make. Built
/// with the features' own domain steps on a clock that moves forward, so timelines read as weeks of
/// work. Written without telling anyone: its outbox messages are dropped, so seeding sends no e-mail
/// or text. After Inquiries (70); runs once per association (a village with orders is left alone).
/// </summary>
internal sealed class OrdersDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 80;

    public static readonly IReadOnlyList<string> Villages = ["bat-trang", "van-phuc", "dong-ky"];

    public static readonly IReadOnlyList<OrderState> States =
    [
        OrderState.AwaitingDeposit, OrderState.InProduction, OrderState.QualityControl, OrderState.AwaitingBalance,
        OrderState.ReadyToShip, OrderState.Shipped, OrderState.Delivered, OrderState.Closed, OrderState.Cancelled,
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var lookup = scopes.CreateAsyncScope();
        if (lookup.ServiceProvider.GetService<ITenantDirectory>() is not { } tenants
            || lookup.ServiceProvider.GetService<IBuyerAccounts>() is not { } accounts) return;
        var tokyo = await accounts.FindByEmailAsync("buyer@homeware.example", ct);
        var us = await accounts.FindByEmailAsync("buyer@decor.example", ct);
        if (tokyo is null || us is null) return;
        foreach (var slug in Villages)
            if (tenants.FindBySlug(slug) is { } village) await SeedVillageAsync(village, tokyo, us, ct);
    }

    private async Task SeedVillageAsync(ResolvedTenant village, BuyerAccount tokyo, BuyerAccount us, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(village.Id, village.Slug);
        var db = scope.ServiceProvider.GetRequiredService<OrdersDb>();
        if (await db.Orders.AnyAsync(ct)) return;
        var catalogue = scope.ServiceProvider.GetRequiredService<ICatalogue>();
        var products = new List<PublishedProduct>();
        await foreach (var p in catalogue.PublishedAsync(ct))
            if (p.Makers.Count > 0 && p.BasePrice.Currency == Currency.VND && p.BasePrice.IsPositive) products.Add(p);
        if (products.Count == 0) return;
        products.Sort((a, b) => a.Id.Value.CompareTo(b.Id.Value));

        var settings = DemoSettings(village);
        db.Settings.Add(settings);
        var prefix = string.Concat(village.Slug.Split('-').Select(w => char.ToUpperInvariant(w[0])));
        foreach (var (state, index) in States.Select((s, i) => (s, i)))
        {
            var product = products[index % products.Count];
            // Older orders are further along: a closed one was accepted about three months ago.
            var demoClock = new DemoClock(clock.GetUtcNow().AddDays(-8 * index - 4).AddHours(-index));
            var plan = new DemoOrder(db, settings, demoClock, village.DisplayRate("USD"));
            await plan.RunAsync(product, index % 2 == 0 ? tokyo : us, $"{prefix}-RFQ-{VietnamDate.Today(demoClock.Now).Year}-{901 + index:D4}", state, ct);
        }
        // The demo is what the features would have left behind, not news: nobody is e-mailed or texted.
        foreach (var message in db.Outbox.Local.ToList()) db.Outbox.Remove(message);
        await db.SaveChangesAsync(ct);
    }

    private static OrderSettings DemoSettings(ResolvedTenant village) => new(village.Id)
    {
        BankName = "Vietcombank, Hanoi branch",
        BankAccountName = village.NameVi.Length > 0 ? village.NameVi : village.Slug,
        BankAccountNumber = "0011 0045 " + (1000 + village.Slug.Sum(c => c) % 9000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        BankSwift = "BFTVVNVX",
        BankAddress = "198 Tran Quang Khai, Hoan Kiem, Hanoi, Viet Nam",
    };
}
