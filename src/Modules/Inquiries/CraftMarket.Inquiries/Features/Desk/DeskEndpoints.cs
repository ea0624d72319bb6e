using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Inquiries.Features.Desk;

/// <summary>
/// The export desk's API: the inbox, assigning and declining, the thread (the buyer of the inquiry
/// too) and the trade settings. Another association's inquiry is not found, whoever asks.
/// </summary>
internal static class DeskEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("/api").WithTags("Inquiries: export desk")
            .RequireActor(DeskAccess.Requirement);

        desk.MapGet("/inquiries", async ([AsParameters] InboxRequest request, CurrentActor actor, InboxQuery inbox, CancellationToken ct) =>
            {
                var filter = InboxFilter.Parse(request, actor.UserId);
                return filter.IsFailure ? filter.Error!.ToProblem() : TypedResults.Ok(await inbox.ListAsync(filter.Value!, ct));
            })
            .WithName("ListInquiries")
            .WithSummary("The village's inquiries, newest first: status (a name, or open = new, allocating and quoted), assignee (me, unassigned or an account id), " +
                "from/to (Vietnam dates of arrival, yyyy-mm-dd), q (number, buyer, company, product, variant SKU), overdue (no first answer after 24 hours), " +
                "order (newest, oldest, waiting), page, pageSize. Counts per status under the same filters.")
            .Produces<InboxPage>().ProducesValidationProblem();

        desk.MapPost("/inquiries/{id:guid}/assign", async (Guid id, AssignInput input, CurrentActor actor, DeskActions actions, CancellationToken ct) =>
                (await actions.AssignAsync(new InquiryId(id), input, actor, ct)).ToHttp())
            .WithName("AssignInquiry")
            .WithSummary("Give the inquiry to an export desk member or association admin of this association (userId), or to nobody (null). " +
                "Send the revision you saw: if someone changed the inquiry meanwhile the answer is 409.")
            .Produces<Assignment>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        desk.MapPost("/inquiries/{id:guid}/decline", async (Guid id, DeclineInput input, CurrentActor actor, DeskActions actions, CancellationToken ct) =>
                (await actions.DeclineAsync(new InquiryId(id), input, actor, ct)).ToHttp())
            .WithName("DeclineInquiry")
            .WithSummary("Decline an open inquiry: the reason (in the buyer's language) is written to the thread as the desk's message, " +
                "sent quotes and members' shares still in play are withdrawn.")
            .Produces<Declined>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        desk.MapGet("/inquiry-settings", async (TradeSettingsEditor editor, CancellationToken ct) => TypedResults.Ok(await editor.GetAsync(ct)))
            .WithName("GetTradeSettings")
            .WithSummary("The association's trade settings (the defaults until the first change).")
            .Produces<SettingsDto>();

        desk.MapPut("/inquiry-settings", async (SettingsInput input, TradeSettingsEditor editor, CancellationToken ct) =>
                (await editor.UpdateAsync(input, ct)).ToHttp())
            .WithName("UpdateTradeSettings")
            .WithSummary("Replace the trade settings: deposit and share cap in basis points, offer hours, quote validity days, quote currency " +
                "(USD, EUR, JPY, VND), seller (Association, ExportCentre, LeadFirm with a member registered to sign contracts), number prefix.")
            .Produces<SettingsDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        // The thread is between the buyer who sent the inquiry and the desk.
        var thread = app.MapGroup("/api/inquiries/{id:guid}/messages").WithTags("Inquiries: thread")
            .RequireActor(ActorRequirement.InAssociation)
            .RequireActor(ActorRequirement.AnyOf(DeskAccess.Requirement, ActorRequirement.Buyer));

        thread.MapGet("/", async (Guid id, CurrentActor actor, ThreadMessages messages, CancellationToken ct) =>
                (await messages.ListAsync(new InquiryId(id), actor, ct)).ToHttp())
            .WithName("ListInquiryMessages")
            .WithSummary("The thread, oldest first; the buyer never receives internal notes.")
            .Produces<IReadOnlyList<MessageDto>>().ProducesProblem(StatusCodes.Status404NotFound);

        thread.MapPost("/", async (Guid id, MessageInput input, CurrentActor actor, ThreadMessages messages, CancellationToken ct) =>
                (await messages.PostAsync(new InquiryId(id), input, actor, ct)).ToCreated(m => $"/api/inquiries/{id}/messages"))
            .WithName("PostInquiryMessage")
            .WithSummary("Write to the thread (body, at most 4000 characters). internal=true: a note for the association's staff only (the desk alone may write one).")
            .Produces<MessageDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
