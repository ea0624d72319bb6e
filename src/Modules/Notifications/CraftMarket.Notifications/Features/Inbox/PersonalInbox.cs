using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>One notification as its recipient reads it (title and body already in their language).</summary>
public sealed record InboxItem(Guid Id, string Category, string Language, string Title, string Body, string? Link,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool Read => ReadAt is not null;
}

/// <summary>A page of the person's notifications, newest first, with how many are unread in all.</summary>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int UnreadCount, int Page, int PageSize, bool HasMore);

/// <summary>
/// The in-app list: the signed-in person's notifications in this association (to their account, or to
/// the household they act for), newest first; marking one or all read. Someone else's id is "not
/// found", whether it exists or not.
/// </summary>
internal sealed class PersonalInbox(NotificationsDb db, TimeProvider clock)
{
    public const int PageSize = 20;
    public const int MaxPage = 10_000;

    public async Task<Result<InboxPage>> ListAsync(CurrentActor actor, int? page, bool unreadOnly, CancellationToken ct)
    {
        if (page is < 1 or > MaxPage) return Error.Validation("page", $"The page is a number from 1 to {MaxPage}.");
        var number = page ?? 1;
        var mine = db.Mine(actor);
        var listed = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var rows = await listed
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((number - 1) * PageSize).Take(PageSize + 1)
            .Select(n => new InboxItem(n.Id, n.Category, n.Language, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        return new InboxPage([.. rows.Take(PageSize)], unread, number, PageSize, rows.Count > PageSize);
    }

    public Task<int> UnreadCountAsync(CurrentActor actor, CancellationToken ct) =>
        db.Mine(actor).CountAsync(n => n.ReadAt == null, ct);

    /// <summary>Marks one of the person's own notifications read (again is fine: the first time stays).</summary>
    public async Task<Result> MarkReadAsync(CurrentActor actor, Guid id, CancellationToken ct)
    {
        var notification = await db.Mine(actor).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notification is null) return Result.NotFound("notification");
        if (notification.ReadAt is null)
        {
            notification.ReadAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return Result.Ok();
    }

    /// <summary>Marks every unread notification of the person's read; answers how many changed.</summary>
    public async Task<int> MarkAllReadAsync(CurrentActor actor, CancellationToken ct)
    {
        // One statement however many there are; the tenant filter applies to it as to any query.
        DateTimeOffset? now = clock.GetUtcNow();
        return await db.Mine(actor).Where(n => n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), ct);
    }
}
