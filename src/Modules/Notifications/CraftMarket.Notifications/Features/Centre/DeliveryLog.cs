using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Data;
using CraftMarket.Notifications.Domain;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>One line of the delivery log: what, to whom (account or member, address), on which channel, how it went and why.</summary>
internal sealed record DeliveryLine(Guid Id, Guid NotificationId, string Category, string Title, Guid? RecipientUserId, Guid? RecipientMemberId,
    string Channel, string Address, string Status, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt);

/// <summary>The filter of the log: a status and a channel by name (case ignored), both optional.</summary>
internal sealed record DeliveryFilter(string? Status, string? Channel, int Page = 1, int PageSize = 50);

/// <summary>The association's delivery log, newest first: the admin page and GET /api/notifications/deliveries read the same.</summary>
internal sealed class DeliveryLog(NotificationsDb db)
{
    public async Task<Result<PagedList<DeliveryLine>>> ListAsync(DeliveryFilter filter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var status = Parse<DeliveryStatus>(filter.Status, "status", errors);
        var channel = Parse<Channel>(filter.Channel, "channel", errors);
        Paging.Check(filter.Page, filter.PageSize, errors);
        if (errors.Count > 0) return Error.Validation(errors);

        var query = db.Deliveries.AsNoTracking().AsQueryable();
        if (status is { } s) query = query.Where(d => d.Status == s);
        if (channel is { } c) query = query.Where(d => d.Channel == c);
        var total = await query.CountAsync(ct);
        var rows = await query
            .Join(db.Notifications.AsNoTracking(), d => d.NotificationId, n => n.Id, (d, n) => new { d, n })
            .OrderByDescending(x => x.d.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .ToListAsync(ct);
        return new PagedList<DeliveryLine>([.. rows.Select(x => new DeliveryLine(x.d.Id, x.n.Id, x.n.Category, x.n.Title, x.n.RecipientUserId,
            x.n.RecipientMemberId, x.d.Channel.ToString(), x.d.Address, x.d.Status.ToString(), x.d.Attempts, x.d.LastError, x.d.CreatedAt,
            x.d.NextAttemptAt, x.d.SentAt))], filter.Page, filter.PageSize, total);
    }

    private static T? Parse<T>(string? value, string field, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(value.Trim()[0])) return parsed;
        errors[field] = [$"Unknown {field} “{value}”: use one of {string.Join(", ", Enum.GetNames<T>())}."];
        return null;
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/notifications/deliveries", async (string? status, string? channel, int? page, int? pageSize, DeliveryLog log,
                CancellationToken ct) => (await log.ListAsync(new DeliveryFilter(status, channel, page ?? 1, pageSize ?? 50), ct)).ToHttp())
            .RequireActor(ActorRequirement.AssociationAdmin)
            .WithTags("Notifications")
            .WithName("ListNotificationDeliveries")
            .WithSummary("The association's delivery log, newest first: each notification on each channel, its status (Pending, Sent, Failed, Held, Digested, Skipped), attempts and last error; filter by status and channel.")
            .Produces<PagedList<DeliveryLine>>()
            .ProducesValidationProblem();
}
