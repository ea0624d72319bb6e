using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Text;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Desk;

/// <summary>One inquiry in the export desk's inbox.</summary>
internal sealed record InboxRow(
    Guid Id, string Number, InquiryStatus Status, InboxBuyer Buyer, string Country, int Lines, int TotalQuantity, DateOnly RequiredBy,
    DateTimeOffset CreatedAt, InboxAssignee? Assignee, DateTimeOffset? FirstResponseAt, int ResponseMinutes, bool AwaitingFirstResponse,
    bool Overdue, DateTimeOffset LastActivityAt, int Revision);

internal sealed record InboxBuyer(string Name, string? Company);

internal sealed record InboxAssignee(Guid UserId, string Name);

/// <summary>
/// One page of the inbox, with how many inquiries each status has under the same filters (the
/// page's tabs), so a tab's count is what clicking it shows.
/// </summary>
internal sealed record InboxPage(IReadOnlyList<InboxRow> Items, int Page, int PageSize, int Total, IReadOnlyDictionary<string, int> Counts);

/// <summary>
/// The village's inquiries as the export desk works through them. Every filter runs in SQL under
/// the tenant filter; the text search matches the number, the buyer's name and company and a
/// line's variant SKU (lower-cased LIKE, the same on SQLite and PostgreSQL for ASCII text), and a
/// product by any of its names (folded: "binh hoa" finds "Bình hoa"), through the catalogue's
/// names of the products this village's inquiries ask for.
/// </summary>
internal sealed class InboxQuery(InquiriesDb db, ICatalogue catalogue, TimeProvider clock)
{
    public async Task<InboxPage> ListAsync(InboxFilter filter, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var matching = await FilteredAsync(filter, now, ct);

        var counts = await matching.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byStatus = Enum.GetValues<InquiryStatus>().ToDictionary(s => s.ToString(), s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0, StringComparer.Ordinal);
        byStatus[InboxFilter.Open] = InboxFilter.OpenStatuses.Sum(s => byStatus[s.ToString()]);

        var shown = filter.Statuses.Count == 0 ? matching : matching.Where(i => filter.Statuses.Contains(i.Status));
        var total = await shown.CountAsync(ct);
        var ordered = filter.Order switch
        {
            InboxOrder.Oldest => shown.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id),
            // Unanswered first, longest waiting first; then the answered ones, oldest first.
            InboxOrder.Waiting => shown.OrderBy(i => i.FirstResponseAt == null ? 0 : 1).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id),
            _ => shown.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id),
        };
        var rows = await ordered
            .Skip(SharedKernel.Lists.Paging.Skip(filter.Page, filter.PageSize)).Take(filter.PageSize)
            .Select(i => new
            {
                i.Id, i.Number, i.Status, i.Buyer.Name, i.Buyer.Company, i.DestinationCountry,
                Lines = i.Lines.Count, Quantity = i.Lines.Sum(l => l.Quantity),
                i.RequiredBy, i.CreatedAt, i.AssigneeUserId, i.AssigneeName, i.FirstResponseAt, i.UpdatedAt, i.Revision,
            })
            .ToListAsync(ct);

        return new InboxPage(
            [.. rows.Select(r =>
            {
                var waited = (r.FirstResponseAt ?? now) - r.CreatedAt;
                var awaiting = r.FirstResponseAt is null;
                return new InboxRow(r.Id.Value, r.Number, r.Status, new InboxBuyer(r.Name, r.Company), r.DestinationCountry, r.Lines, r.Quantity,
                    r.RequiredBy, r.CreatedAt, r.AssigneeUserId is { } who ? new InboxAssignee(who, r.AssigneeName ?? "") : null, r.FirstResponseAt,
                    (int)Math.Max(0, Math.Floor(waited.TotalMinutes)), awaiting,
                    waited > DeskAccess.FirstResponseTarget && (!awaiting || IsAwaitingDesk(r.Status)), r.UpdatedAt, r.Revision);
            })],
            filter.Page, filter.PageSize, total, byStatus);
    }

    /// <summary>Statuses in which an unanswered buyer still waits on the desk (a closed inquiry waits for no one).</summary>
    private static bool IsAwaitingDesk(InquiryStatus status) => status is InquiryStatus.New or InquiryStatus.Allocating;

    private async Task<IQueryable<Inquiry>> FilteredAsync(InboxFilter filter, DateTimeOffset now, CancellationToken ct)
    {
        var query = db.Inquiries.AsNoTracking();
        query = filter.Assignee switch
        {
            AssigneeFilter.Nobody => query.Where(i => i.AssigneeUserId == null),
            AssigneeFilter.Account(var user) => query.Where(i => i.AssigneeUserId == user),
            _ => query,
        };
        if (filter.From is { } from)
        {
            // PostgreSQL's timestamptz takes UTC values only.
            var start = VietnamCalendar.EndOf(from.AddDays(-1)).ToUniversalTime();
            query = query.Where(i => i.CreatedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = VietnamCalendar.EndOf(to).ToUniversalTime();
            query = query.Where(i => i.CreatedAt < end);
        }
        if (filter.Overdue)
        {
            var since = now - DeskAccess.FirstResponseTarget;
            query = query.Where(i => i.FirstResponseAt == null && i.CreatedAt < since
                && (i.Status == InquiryStatus.New || i.Status == InquiryStatus.Allocating));
        }
        if (filter.Text is { } text)
        {
            var term = text.ToLowerInvariant();
            var products = await ProductsNamedAsync(text, ct);
            // lower() in SQL on both providers (ASCII letters; EF escapes the term's wildcards).
#pragma warning disable CA1304, CA1311, CA1307
            query = query.Where(i =>
                i.Number.ToLower().Contains(term)
                || i.Buyer.Name.ToLower().Contains(term)
                || (i.Buyer.Company != null && i.Buyer.Company.ToLower().Contains(term))
                || i.Lines.Any(l => products.Contains(l.ProductId) || (l.VariantSku != null && l.VariantSku.ToLower().Contains(term))));
#pragma warning restore CA1304, CA1311, CA1307
        }
        return query;
    }

    /// <summary>Products this village's inquiries ask for whose name, in any language, contains the folded text.</summary>
    private async Task<List<ProductId>> ProductsNamedAsync(string text, CancellationToken ct)
    {
        var wanted = TextFolding.Fold(text);
        var asked = await db.Inquiries.AsNoTracking().SelectMany(i => i.Lines.Select(l => l.ProductId)).Distinct().ToListAsync(ct);
        if (asked.Count == 0 || wanted.Length == 0) return [];
        var names = await catalogue.NamesAsync(asked, ct);
        return [.. names.Where(n => n.Name.Values.Any(v => TextFolding.Fold(v).Contains(wanted, StringComparison.Ordinal))).Select(n => n.Id)];
    }
}
