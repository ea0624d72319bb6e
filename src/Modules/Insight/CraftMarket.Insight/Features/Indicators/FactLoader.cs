using CraftMarket.Insight.Domain;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Insight.Features.Indicators;

/// <summary>The facts to read from: one association's (the tenant filter) or every association's (the platform's gateway).</summary>
internal sealed record FactSources(
    IQueryable<InquiryFact> Inquiries, IQueryable<OrderFact> Orders, IQueryable<WorkFact> Work, IQueryable<InspectionFact> Inspections,
    IQueryable<DefectFact> Defects, IQueryable<PayoutFact> Payouts, IQueryable<MemberFact> Members, IQueryable<ProductFact> Products,
    IQueryable<CertificateFact> Certificates);

/// <summary>
/// Reads what a report needs and nothing more: only the window's rows (<see cref="FactWindow"/>), only
/// the columns the arithmetic uses, one query per fact table, no tracking. Members who had work before
/// the window come back as ids only (SQL DISTINCT), not as rows.
/// </summary>
internal static class FactLoader
{
    private const string Cancelled = "Cancelled";

    public static async Task<FactSnapshot> LoadAsync(FactSources from, FactWindow window, CancellationToken ct)
    {
        var (start, end, fromDate) = (window.Start, window.End, window.FromDate);
        var inquiries = await from.Inquiries.AsNoTracking()
            .Where(f => f.SubmittedAt >= start && f.SubmittedAt < end)
            .Select(f => new InquiryRow(f.TenantId, f.Source, f.SubmittedAt, f.FirstResponseAt, f.QuotedAt, f.AcceptedAt, f.IsDemo))
            .ToListAsync(ct);
        var orders = await from.Orders.AsNoTracking()
            .Where(f => f.PlacedAt < end && (f.PlacedAt >= start || f.DeliveryDate >= fromDate))
            .Select(f => new OrderRow(f.TenantId, f.PlacedAt, f.TotalVnd, f.State == Cancelled, f.DeliveryDate, f.ShippedAt, f.IsDemo))
            .ToListAsync(ct);
        var work = await from.Work.AsNoTracking()
            .Where(f => f.IssuedAt < end && (f.IssuedAt >= start || f.DueOn >= fromDate))
            .Select(f => new WorkRow(f.TenantId, f.MemberId, f.IssuedAt, f.ValueVnd, f.DueOn, f.ReadyAt, f.State == Cancelled, f.IsDemo))
            .ToListAsync(ct);
        var offeredBefore = await from.Work.AsNoTracking()
            .Where(f => f.IssuedAt < start)
            .Select(f => new { f.TenantId, f.MemberId }).Distinct()
            .ToListAsync(ct);
        var inspections = await from.Inspections.AsNoTracking()
            .Where(f => f.At >= start && f.At < end)
            .Select(f => new InspectionRow(f.TenantId, f.MemberId, f.At, f.SampleSize, f.Accepted, f.IsDemo))
            .ToListAsync(ct);
        var defects = await from.Defects.AsNoTracking()
            .Where(f => f.At >= start && f.At < end)
            .Select(f => new DefectRow(f.TenantId, f.MemberId, f.At, f.Type, f.Count))
            .ToListAsync(ct);
        // A payout after the window still ends the delay of an inspection inside it.
        var payouts = await from.Payouts.AsNoTracking()
            .Where(f => f.At >= start)
            .Select(f => new PayoutRow(f.TenantId, f.MemberId, f.At, f.PaidOn))
            .ToListAsync(ct);
        var members = await from.Members.AsNoTracking()
            .Select(f => new MemberRow(f.TenantId, f.MemberId, f.DisplayName, f.Kind == "Household", f.JoinedAt, f.LeftAt, f.IsDemo))
            .ToListAsync(ct);
        var products = await from.Products.AsNoTracking()
            .Where(f => f.FirstPublishedAt < end)
            .Select(f => new ProductRow(f.TenantId, f.FirstPublishedAt, f.WithdrawnAt, f.MarkGranted))
            .ToListAsync(ct);
        var certificates = await from.Certificates.AsNoTracking()
            .Where(f => f.GrantedAt < end)
            .Select(f => new CertificateRow(f.TenantId, f.MemberId, f.Valid, f.ValidUntil, f.GrantedAt, f.ChangedAt))
            .ToListAsync(ct);
        return new FactSnapshot
        {
            Inquiries = inquiries, Orders = orders, Work = work, Inspections = inspections, Defects = defects, Payouts = payouts,
            Members = members, Products = products, Certificates = certificates,
            OfferedBefore = offeredBefore.Select(o => o.MemberId).ToHashSet(),
            IncludesDemo = inquiries.Any(r => r.IsDemo) || orders.Any(r => r.IsDemo) || work.Any(r => r.IsDemo) || inspections.Any(r => r.IsDemo)
                           || members.Any(r => r.IsDemo && r.JoinedAt < end),
        };
    }

    /// <summary>One snapshot per association (the platform's read covers them all at once).</summary>
    public static IReadOnlyDictionary<TenantId, FactSnapshot> ByTenant(FactSnapshot all, IEnumerable<TenantId> tenants)
    {
        static ILookup<TenantId, T> By<T>(IEnumerable<T> rows, Func<T, TenantId> tenant) => rows.ToLookup(tenant);
        var inquiries = By(all.Inquiries, r => r.TenantId);
        var orders = By(all.Orders, r => r.TenantId);
        var work = By(all.Work, r => r.TenantId);
        var inspections = By(all.Inspections, r => r.TenantId);
        var defects = By(all.Defects, r => r.TenantId);
        var payouts = By(all.Payouts, r => r.TenantId);
        var members = By(all.Members, r => r.TenantId);
        var products = By(all.Products, r => r.TenantId);
        var certificates = By(all.Certificates, r => r.TenantId);
        var result = new Dictionary<TenantId, FactSnapshot>();
        foreach (var t in tenants)
        {
            var memberRows = members[t].ToList();
            result[t] = new FactSnapshot
            {
                Inquiries = inquiries[t].ToList(), Orders = orders[t].ToList(), Work = work[t].ToList(), Inspections = inspections[t].ToList(),
                Defects = defects[t].ToList(), Payouts = payouts[t].ToList(), Members = memberRows, Products = products[t].ToList(),
                Certificates = certificates[t].ToList(),
                // Member ids are globally unique: the platform's set serves every association.
                OfferedBefore = all.OfferedBefore,
                IncludesDemo = all.IncludesDemo && (memberRows.Any(r => r.IsDemo) || work[t].Any(r => r.IsDemo) || inquiries[t].Any(r => r.IsDemo)
                                                    || orders[t].Any(r => r.IsDemo) || inspections[t].Any(r => r.IsDemo)),
            };
        }
        return result;
    }
}
