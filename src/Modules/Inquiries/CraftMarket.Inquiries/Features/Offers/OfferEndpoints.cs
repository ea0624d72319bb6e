using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>
/// The desk sends an inquiry's proposed shares to the households and follows their answers
/// (<c>/api/inquiries/{id}/offers</c>); a household reads and answers its own offers (<c>/api/offers</c>).
/// </summary>
internal static class OfferEndpoints
{
    private static readonly ActorRequirement Desk = ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin);

    public static void Map(IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("/api/inquiries/{id:guid}/offers").WithTags("Inquiries: offers to households").RequireActor(Desk);

        desk.MapPost("/", async (Guid id, SendOffersRequest? request, CurrentActor actor, SendOffers handler, CancellationToken ct) =>
                (await handler.Handle(new InquiryId(id), request, actor, ct)).ToHttp())
            .WithName("SendOffers")
            .WithSummary("Send the inquiry's proposed shares (all, or those listed in shareIds) to the households, with the member unit price in VND per share or per line; one Vietnamese text per household; answers are due within the association's offer hours.")
            .Produces<OffersSent>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        desk.MapGet("/", async (Guid id, CurrentActor actor, OfferReads reads, CancellationToken ct) =>
                (await reads.ForDeskAsync(new InquiryId(id), actor, ct)).ToHttp())
            .WithName("ListInquiryOffers")
            .WithSummary("Every share of the inquiry with the member's name, status, price, deadline, reminder, answer time, counter values and note.")
            .Produces<InquiryOffers>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var member = app.MapGroup("/api/offers").WithTags("Inquiries: offers to households").RequireActor(ActorRequirement.Producer);

        member.MapGet("/mine", async (CurrentActor actor, OfferReads reads, CancellationToken ct) =>
                TypedResults.Ok((await reads.MineAsync(actor, ct)).Select(o => o.Offer).ToList()))
            .WithName("MyOffers")
            .WithSummary("The household's offers: waiting ones first (soonest deadline first), then answered ones. Never the buyer's identity.");

        member.MapPost("/{id:guid}/accept", async (Guid id, CurrentActor actor, AnswerOffer answers, CancellationToken ct) =>
                (await answers.Accept(new ShareId(id), actor, ct)).ToHttp())
            .WithName("AcceptOffer")
            .WithSummary("Accept the offer as sent, before its deadline.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        member.MapPost("/{id:guid}/decline", async (Guid id, DeclineOfferRequest? request, CurrentActor actor, AnswerOffer answers, CancellationToken ct) =>
                (await answers.Decline(new ShareId(id), request, actor, ct)).ToHttp())
            .WithName("DeclineOffer")
            .WithSummary("Decline the offer, with an optional reason, before its deadline.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        member.MapPost("/{id:guid}/counter", async (Guid id, CounterOfferRequest? request, CurrentActor actor, AnswerOffer answers, CancellationToken ct) =>
                (await answers.Counter(new ShareId(id), request, actor, ct)).ToHttp())
            .WithName("CounterOffer")
            .WithSummary("Counter with a smaller quantity, a later due date, or both (and a note), before the deadline; the desk decides.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
