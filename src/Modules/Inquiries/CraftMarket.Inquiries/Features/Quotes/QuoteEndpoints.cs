using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Quotes.Pdf;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>
/// The joint quote over HTTP: the desk sends versions; the buyer who owns the inquiry (or the desk)
/// reads them and the PDF; the buyer accepts or declines. Anyone else gets 404.
/// </summary>
internal static class QuoteEndpoints
{
    private static readonly ActorRequirement DeskOrBuyer =
        ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin, ActorRequirement.Buyer);

    public static void Map(IEndpointRouteBuilder app)
    {
        var inquiries = app.MapGroup("/api/inquiries").WithTags("Inquiries: quotes");
        inquiries.MapPost("/{id:guid}/quotes", async (Guid id, SendQuoteRequest? request, CurrentActor actor, SendQuote send, CancellationToken ct) =>
                (await send.Handle(id, request ?? new SendQuoteRequest(), actor, ct)).ToCreated(q => $"/api/quotes/{q.Id}"))
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin))
            .WithName("SendQuote")
            .WithSummary("Send a new version of the joint quote (v1, v2, ...): unset lines are priced from the price breaks at the association's rate; the previous version is superseded.")
            .Produces<QuoteCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        inquiries.MapGet("/{id:guid}/quotes", async (Guid id, CurrentActor actor, QuoteReads reads, CancellationToken ct) =>
                (await reads.ForInquiry(new InquiryId(id), actor, ct)).ToHttp())
            .RequireActor(DeskOrBuyer)
            .WithName("ListQuotes")
            .WithSummary("Every version of the inquiry's quote, the latest first (the buyer who sent the inquiry, or the desk).")
            .Produces<IReadOnlyList<QuoteDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var quotes = app.MapGroup("/api/quotes").WithTags("Inquiries: quotes");
        quotes.MapGet("/{id:guid}", async (Guid id, CurrentActor actor, QuoteReads reads, CancellationToken ct) =>
                (await reads.Get(new QuoteId(id), actor, ct)).ToHttp())
            .RequireActor(DeskOrBuyer)
            .WithName("GetQuote")
            .WithSummary("One quote version: group prices, totals, deposit and balance, VND equivalent and rate, terms, seller.")
            .Produces<QuoteDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapGet("/{id:guid}/pdf", async (Guid id, CurrentActor actor, QuotePdf pdf, HttpContext http, CancellationToken ct) =>
            {
                if (await pdf.RenderAsync(new QuoteId(id), actor, ct) is not { } file) return Error.NotFound("quote").ToProblem();
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.File(file.Pdf, "application/pdf", file.FileName);
            })
            .RequireActor(DeskOrBuyer)
            .WithName("GetQuotePdf")
            .WithSummary("The quote version as a PDF in the buyer's language, with the village's brand and the genuine-mark statement.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        quotes.MapPost("/{id:guid}/accept", async (Guid id, CurrentActor actor, AcceptQuote accept, CancellationToken ct) =>
                (await accept.Handle(id, actor, ct)).ToHttp())
            .RequireActor(ActorRequirement.Buyer)
            .WithName("AcceptQuote")
            .WithSummary("The buyer accepts a sent version within its validity: answers the new order's id (the same one if accepted before).")
            .Produces<QuoteAcceptedResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        quotes.MapPost("/{id:guid}/decline", async (Guid id, DeclineQuoteRequest? request, CurrentActor actor, DeclineQuote decline, CancellationToken ct) =>
                (await decline.Handle(id, request?.Reason, actor, ct)).ToHttp())
            .RequireActor(ActorRequirement.Buyer)
            .WithName("DeclineQuote")
            .WithSummary("The buyer declines the open version, with an optional reason: the inquiry ends declined (ask for changes in the thread instead to get a new version).")
            .Produces<QuoteDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
