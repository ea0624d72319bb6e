using CraftMarket.Members.Contracts;
using CraftMarket.Notifications.Contracts;
using CraftMarket.Notifications.Features.Centre.Templates;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Notifications.Features.Centre.Consumers;

/// <summary>
/// A module asked the centre to tell someone: staff by role, one account, or one member. A template the
/// centre does not know, or values it lacks, are logged and dropped (retrying cannot fix them).
/// </summary>
internal sealed class RequestedNotices(Told told, Recipients recipients, ILogger<RequestedNotices> log) : IIntegrationEventHandler<NotificationRequested>
{
    public Task Handle(NotificationRequested e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.notification-requested", async () =>
        {
            if (Categories.Find(e.Template) is not { } category || category == Categories.Digest || !Fits(category, e.Values))
            {
                log.LogError("Notification {Event} asks for template {Template} with values [{Values}] the centre cannot fill; dropped",
                    e.EventId, e.Template, string.Join(", ", e.Values.Keys));
                return Told.None;
            }
            var to = new List<Recipient>();
            if (e.Recipient.StaffRoles is { Count: > 0 } roles) to.AddRange(await recipients.StaffWithAsync([.. roles], ct));
            if (e.Recipient.UserId is { } user && await recipients.UserAsync(user, ct) is { } account) to.Add(account);
            if (e.Recipient.MemberId is { } member && await recipients.MemberAsync(new MemberId(member), ct) is { } household) to.Add(household);
            return [new Notice(e.EventId, category, to, e.Values, Link(e.Link))];
        }, ct);

    private static bool Fits(Category category, IReadOnlyDictionary<string, string> values) =>
        MessageTemplates.ByLanguage.Values.SelectMany(set => set.TryGetValue(category.Key, out var t) ? [t.Title, t.Body] : Array.Empty<string>())
            .SelectMany(MessageTemplates.PlaceholdersIn).All(values.ContainsKey);

    /// <summary>Only site-relative links: a notification never sends someone off the site.</summary>
    private static string? Link(string? link) =>
        link is { Length: > 1 } && link[0] == '/' && link[1] != '/' && link[1] != '\\' ? link : null;
}
