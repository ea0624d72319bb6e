using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>
/// <c>/api/notifications</c>: the signed-in person's own notifications in this association (staff, a
/// household's producer, a buyer) and their preferences. Another person's notification id is 404.
/// </summary>
internal static class InboxEndpoints
{
    private static readonly ActorRequirement Recipient = ActorRequirement.AnyOf(ActorRequirement.Staff, ActorRequirement.Producer, ActorRequirement.Buyer);

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").WithTags("Notifications: inbox")
            .RequireActor(ActorRequirement.InAssociation)
            .RequireActor(Recipient);

        api.MapGet("/", async Task<Results<Ok<InboxPage>, ProblemHttpResult, ValidationProblem>> (int? page, bool? unread, CurrentActor actor,
                HttpContext http, PersonalInbox inbox, CancellationToken ct) =>
            {
                NoStore(http);
                var listed = await inbox.ListAsync(actor, page, unread == true, ct);
                return listed.IsSuccess ? TypedResults.Ok(listed.Value!) : Problem<Ok<InboxPage>>(listed.Error!);
            })
            .WithName("MyNotifications")
            .WithSummary("The signed-in person's notifications in this association, newest first, 20 a page (page=1..; unread=true for unread "
                + "only): id, category, language, title, body, link, createdAt, readAt; with unreadCount (all unread, not just this page) and hasMore.");

        api.MapPost("/{id:guid}/read", async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> (Guid id, CurrentActor actor,
                PersonalInbox inbox, CancellationToken ct) =>
            {
                var done = await inbox.MarkReadAsync(actor, id, ct);
                return done.IsSuccess ? TypedResults.NoContent() : Problem<NoContent>(done.Error!);
            })
            .WithName("MarkNotificationRead")
            .WithSummary("Marks one of the person's own notifications read (again is harmless); anyone else's id, or an unknown one, is 404.");

        api.MapPost("/read-all", async Task<Ok<ReadAllAnswer>> (CurrentActor actor, PersonalInbox inbox, CancellationToken ct) =>
                TypedResults.Ok(new ReadAllAnswer(await inbox.MarkAllReadAsync(actor, ct))))
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Marks every unread notification of the person's here read; answers how many were marked.");

        api.MapGet("/preferences", async Task<Results<Ok<NotificationPreferences>, ProblemHttpResult, ValidationProblem>> (CurrentActor actor,
                HttpContext http, Preferences preferences, CancellationToken ct) =>
            {
                NoStore(http);
                var found = await preferences.GetAsync(actor, ct);
                return found.IsSuccess ? TypedResults.Ok(found.Value!) : Problem<Ok<NotificationPreferences>>(found.Error!);
            })
            .WithName("MyNotificationPreferences")
            .WithSummary("The person's channels besides the in-app list, for all notifications and per kind (null: as for all), the channels "
                + "offered to them, quiet hours (households: Vietnam time, default 21:00-06:00) and the daily digest (staff). Without a choice: "
                + "the audience's defaults (households SMS, buyers e-mail, staff e-mail; everyone the in-app list).");

        api.MapPut("/preferences", async Task<Results<Ok<NotificationPreferences>, ProblemHttpResult, ValidationProblem>> (PreferencesUpdate? update,
                CurrentActor actor, Preferences preferences, CancellationToken ct) =>
            {
                var saved = await preferences.SaveAsync(actor, update, ct);
                return saved.IsSuccess ? TypedResults.Ok(saved.Value!) : Problem<Ok<NotificationPreferences>>(saved.Error!);
            })
            .WithName("SaveNotificationPreferences")
            .WithSummary("Replaces the person's preferences: general {channels (those offered, none for the in-app list only), quietHours {from, to} "
                + "(households only, required for them, HH:mm, different), digest (staff only)} and categories [{category, channels or null}] "
                + "(a kind left out, or null, follows the general choice). 400 with field errors.");
    }

    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "private, no-store";

    /// <summary>The shared problem mapping (400 with field errors, 404, 409), typed for the endpoint's declared results.</summary>
    private static Results<TOk, ProblemHttpResult, ValidationProblem> Problem<TOk>(Error error) where TOk : IResult => error.ToProblem() switch
    {
        ValidationProblem invalid => invalid,
        ProblemHttpResult problem => problem,
        var other => throw new InvalidOperationException($"Unexpected problem result {other.GetType().Name}."),
    };
}

/// <summary>How many notifications were marked read.</summary>
public sealed record ReadAllAnswer(int Marked);
