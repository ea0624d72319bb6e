using System.Security.Cryptography;
using System.Text;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>What <c>POST /api/inquiries</c> answers: the new inquiry (or the one an earlier request with the same Idempotency-Key made).</summary>
public sealed record InquirySentDto(Guid Id, string Number, InquiryStatus Status, Guid ListId);

/// <summary>What <c>POST /api/inquiries/check</c> answers when nothing is wrong: the first date the village can promise for these lines.</summary>
public sealed record InquiryCheckDto(bool Ok, DateOnly EarliestDate);

/// <summary>Buyers' API for sending: one village per call (the village of the host), Source = Direct.</summary>
internal static class InquiryEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inquiries").WithTags("Inquiries").RequireActor(ActorRequirement.Buyer);

        api.MapPost("/", async ([FromBody] InquiryRequest? body, [FromHeader(Name = IdempotencyHeader)] string? key, HttpContext http,
                ITenantContext tenant, InquirySender sender, CancellationToken ct) =>
            {
                if (tenant.TenantId is not { } village) return Error.NotFound("association").ToProblem();
                var buyer = BuyerContacts.Of(http);
                if (buyer.IsFailure) return buyer.Error!.ToProblem();
                if (key is { Length: > 200 }) return Error.Validation(IdempotencyHeader, "At most 200 characters.").ToProblem();
                var request = body ?? new InquiryRequest(null, null, null, null, null);
                var listId = key is { Length: > 0 } ? ListIdFor(buyer.Value!.UserId, key) : Guid.NewGuid();
                var outcome = await sender.SendAsync([new VillagePart(village, request.DraftLines, InquirySource.Direct)], request.Terms, buyer.Value!,
                    listId, [], ct);
                if (!outcome.IsSent) return Refused(outcome);
                var sent = outcome.Sent.Single();
                if (sent.Repeated) http.Response.Headers["Idempotent-Replayed"] = "true";
                return TypedResults.Created($"/api/inquiries/{sent.Id}", new InquirySentDto(sent.Id, sent.Number, sent.Status, listId));
            })
            .WithName("SendInquiry")
            .WithSummary("A buyer asks this village for a quote (lines: productId, variantSku?, quantity, targetUnitPrice?). " +
                "Every refusal is a validation problem with field errors (\"lines[0].quantity\"). With an Idempotency-Key header, " +
                "repeating the request answers the inquiry the first one made (header Idempotent-Replayed: true) instead of a second one.")
            .Produces<InquirySentDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/check", async ([FromBody] InquiryRequest? body, ITenantContext tenant, VillageScopes villages, TimeProvider clock,
                CancellationToken ct) =>
            {
                if (tenant.TenantId is not { } village) return Error.NotFound("association").ToProblem();
                var request = body ?? new InquiryRequest(null, null, null, null, null);
                await using var scope = villages.Open(village);
                if (scope is null) return Error.NotFound("association").ToProblem();
                var lines = request.DraftLines;
                var products = await scope.PublishedAsync(lines.Where(l => l.ProductId is not null).Select(l => new Catalogue.Contracts.ProductId(l.ProductId!.Value)), ct);
                var today = VietnamCalendar.Today(clock.GetUtcNow());
                var problems = InquiryCheck.All(request.Terms, lines, products, today);
                if (problems.Count > 0) return Error.Validation(InquiryCheck.Fields(problems)).ToProblem();
                return TypedResults.Ok(new InquiryCheckDto(true, OrderRules.Earliest(today, products.Values.Select(p => p.LeadTimeDays))));
            })
            .WithName("CheckInquiry")
            .WithSummary("The same checks as sending, without sending: 200 with the earliest date the village can promise, or the validation problem sending would answer.")
            .Produces<InquiryCheckDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        AttachmentEndpoints.Map(api);
    }

    private static IResult Refused(SendOutcome outcome)
    {
        if (outcome.Refusal is { } refusal) return refusal.ToProblem();
        var problems = outcome.Problems.Values.SelectMany(p => p).Concat(outcome.Attachments).ToList();
        return Error.Validation(InquiryCheck.Fields(problems)).ToProblem();
    }

    /// <summary>
    /// The ListId a keyed request stands for: the same buyer and key always give the same id (so a
    /// repeat finds the first inquiry), another buyer's same key never does.
    /// </summary>
    internal static Guid ListIdFor(Guid userId, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"inquiries.idempotency\n{userId:N}\n{key}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
