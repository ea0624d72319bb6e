using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>/api/ledger and the ledger's order routes: a household's ledger, payouts, reversals, order costs, reconciliation (+ CSV).</summary>
internal static class LedgerEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/ledger/members").WithTags("Ledger")
            .RequireActor(ActorRequirement.AnyOf(LedgerAccess.Desk, ActorRequirement.Producer))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        members.MapGet("/{memberId:guid}", async (Guid memberId, CurrentActor actor, MemberLedgerReads reads, CancellationToken ct) =>
                (await reads.ReadAsync(new MemberId(memberId), actor, ct)).ToHttp())
            .WithName("GetMemberLedger")
            .WithSummary("A household's ledger (desk; or the household itself): earned, fees, paid, owed, payable now, entries, and per work order " +
                "the accepted pieces, the member's price and the buyer's price per piece. Another household's id: 404.")
            .Produces<MemberLedgerDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        members.MapPost("/{memberId:guid}/payouts", async (Guid memberId, PayoutRequest request, CurrentActor actor, RecordPayout payouts, CancellationToken ct) =>
            {
                var (payout, refusal) = await payouts.TryPayAsync(new MemberId(memberId), request, actor, ct);
                if (payout is not null) return TypedResults.Created($"/api/ledger/members/{memberId}", payout);
                var error = refusal!.Error;
                return error.Kind == ErrorKind.Conflict
                    ? TypedResults.Problem(error.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict", extensions: new Dictionary<string, object?>
                    {
                        ["code"] = error.Code, ["owedDong"] = refusal.OwedDong, ["payableNowDong"] = refusal.PayableNowDong,
                    })
                    : error.ToProblem();
            })
            .RequireActor(LedgerAccess.Desk)
            .WithName("PayMember")
            .WithSummary("Pay a household (export desk or admin): amountDong (> 0, at most what is owed and payable now: else 409 with owedDong and " +
                "payableNowDong), method BankTransfer|Cash|MobileWallet, reference (required for bank and wallet), paidOn (Vietnam date, default today). " +
                "The household is texted in Vietnamese.")
            .Produces<PayoutDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var ledger = app.MapGroup("/api/ledger").WithTags("Ledger")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        ledger.MapPost("/transactions/{id:guid}/reverse", async (Guid id, ReverseRequest request, CurrentActor actor, ReverseTransaction reverse,
                CancellationToken ct) => (await reverse.ReverseAsync(new LedgerTransactionId(id), request, actor, ct)).ToCreated(r => $"/api/ledger/transactions/{r.Id}"))
            .RequireActor(ActorRequirement.AssociationAdmin)
            .WithName("ReverseLedgerTransaction")
            .WithSummary("Post the mirror of a posting (association admin; reason required). Never edits; a reversal or an already reversed posting: 409.")
            .Produces<ReversalDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        ledger.MapGet("/reconciliation", async (string? month, string? format, CurrentActor actor, Reconciliation reconciliation, CancellationToken ct) =>
                Month(await reconciliation.MonthAsync(month, actor, ct), string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)))
            .RequireActor(LedgerAccess.Desk)
            .WithName("MonthReconciliation")
            .WithSummary("A month's reconciliation (month=yyyy-MM, Vietnam dates): per account totals, per order lines (billed, received, refunded, " +
                "paid to members, fees, costs, surplus, open receivable), the balance check and the entries; format=csv for a spreadsheet.")
            .Produces<MonthReconciliationDto>()
            .ProducesValidationProblem();
        ledger.MapGet("/reconciliation/csv", async (string? month, CurrentActor actor, Reconciliation reconciliation, CancellationToken ct) =>
                Month(await reconciliation.MonthAsync(month, actor, ct), csv: true))
            .RequireActor(LedgerAccess.Desk)
            .WithName("MonthReconciliationCsv")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

        var orders = app.MapGroup("/api/orders").WithTags("Ledger")
            .RequireActor(LedgerAccess.Desk)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        orders.MapGet("/{id:guid}/reconciliation", async (Guid id, string? format, CurrentActor actor, Reconciliation reconciliation, CancellationToken ct) =>
                Order(await reconciliation.OrderAsync(new OrderId(id), actor, ct), string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)))
            .WithName("OrderReconciliation")
            .WithSummary("One order's money over its life in đồng, the surplus, per account totals, the balance check and its entries; format=csv.")
            .Produces<OrderReconciliationDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapGet("/{id:guid}/reconciliation/csv", async (Guid id, CurrentActor actor, Reconciliation reconciliation, CancellationToken ct) =>
                Order(await reconciliation.OrderAsync(new OrderId(id), actor, ct), csv: true))
            .WithName("OrderReconciliationCsv")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapPost("/{id:guid}/costs", async (Guid id, OrderCostRequest request, CurrentActor actor, RecordOrderCost costs, CancellationToken ct) =>
                (await costs.RecordAsync(new OrderId(id), request, actor, ct)).ToCreated(c => $"/api/orders/{id}/reconciliation"))
            .WithName("RecordOrderCost")
            .WithSummary("Record a cost of the order in đồng (freight, packing, testing, other) paid from Bank or Cash: Dr OrderCosts, Cr Bank/Cash. " +
                "requestId (optional) makes a retry post once.")
            .Produces<OrderCostDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult Month(Result<MonthReconciliationDto> result, bool csv) =>
        result.IsFailure ? result.Error!.ToProblem()
        : csv ? TypedResults.File(ReconciliationCsv.Month(result.Value!), ReconciliationCsv.ContentType, ReconciliationCsv.FileName(result.Value!))
        : TypedResults.Ok(result.Value);

    private static IResult Order(Result<OrderReconciliationDto> result, bool csv) =>
        result.IsFailure ? result.Error!.ToProblem()
        : csv ? TypedResults.File(ReconciliationCsv.Order(result.Value!), ReconciliationCsv.ContentType, ReconciliationCsv.FileName(result.Value!))
        : TypedResults.Ok(result.Value);
}
