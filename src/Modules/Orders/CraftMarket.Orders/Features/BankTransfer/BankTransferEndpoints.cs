using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>
/// Bank transfers over the API: receipts (with their proof), the payments list (the buyer sees its
/// own, reduced), transfers back, and the association's order settings. Another association's order
/// is not found, whoever asks.
/// </summary>
internal static class BankTransferEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("/api/orders/{id:guid}").WithTags("Orders: bank transfers").RequireActor(BankAccess.Desk);

        desk.MapPost("/payments", async (Guid id, ReceiptInput input, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                CurrentActor actor, ReceiptDesk receipts, CancellationToken ct) =>
            {
                var result = await receipts.RecordAsync(new OrderId(id), input, idempotencyKey, actor, ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                var (answer, replayed) = result.Value!;
                return replayed ? TypedResults.Ok(answer) : TypedResults.Created($"/api/orders/{id}/payments", answer);
            })
            .WithName("RecordBankReceipt")
            .WithSummary("The desk records a bank receipt: amount {currency, minorUnits} in the order's currency, receivedOn (yyyy-mm-dd, Vietnam date, " +
                "not in the future), reference (as on the statement), amountVnd (đồng credited, optional: the exchange difference is posted), purpose " +
                "(Deposit/Balance), note, proofFileId (from POST .../payments/proof). 201 with the payment and the order's money. The same " +
                "Idempotency-Key again answers the first receipt (200); the same reference, amount and date without it is 409; cancelled or closed orders 409.")
            .Produces<ReceiptRecorded>(StatusCodes.Status201Created).Produces<ReceiptRecorded>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        desk.MapPost("/payments/proof", async (Guid id, HttpContext http, PaymentProofs proofs, CancellationToken ct) =>
            {
                if (http.Request.ContentLength > PaymentProofs.MaxBytes + 64 * 1024)
                    return Error.Validation("file", $"A proof is at most {PaymentProofs.MaxBytes / (1024 * 1024)} MB.").ToProblem();
                if (!http.Request.HasFormContentType || http.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
                    return Error.Validation("file", "Send the bank slip as multipart/form-data, in a field named file.").ToProblem();
                IFormCollection form;
                try
                {
                    form = await new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = PaymentProofs.MaxBytes + 64 * 1024 }).ReadFormAsync(ct);
                }
                catch (InvalidDataException)
                {
                    return Error.Validation("file", $"A proof is at most {PaymentProofs.MaxBytes / (1024 * 1024)} MB.").ToProblem();
                }
                var stored = await proofs.StoreAsync(new OrderId(id), form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null), ct);
                return stored.IsFailure ? stored.Error!.ToProblem() : TypedResults.Created($"/api/orders/{id}/payments", stored.Value);
            })
            .DisableAntiforgery()   // bearer-token API; the body is read by hand, never bound as a form
            .WithName("UploadPaymentProof")
            .WithSummary("Upload a bank slip or statement (PDF or photo, multipart field \"file\", at most 20 MB) before recording the receipt; answers its fileId.")
            .Produces<ProofDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        desk.MapGet("/payments/{paymentId:guid}/proof", async (Guid id, Guid paymentId, HttpContext http, PaymentProofs proofs, CancellationToken ct) =>
                await proofs.OpenAsync(new OrderId(id), paymentId, ct) is { } file ? PaymentProofs.Serve(file, http) : Error.NotFound("proof").ToProblem())
            .WithName("GetPaymentProof")
            .WithSummary("The proof of one payment (desk only; the buyer never receives it).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        desk.MapPost("/refunds", async (Guid id, RefundInput input, CurrentActor actor, RefundDesk refunds, CancellationToken ct) =>
                (await refunds.RecordAsync(new OrderId(id), input, actor, ct)).ToCreated(r => $"/api/orders/{id}/payments"))
            .WithName("RecordRefund")
            .WithSummary("Money back to the buyer against one payment: paymentId, amount (at most what is left of it), reason, refundedOn and reference " +
                "(a bank transfer the desk has made: completed at once, Paid falls, the ledger posts it). For a card payment the refund is only " +
                "requested: Stripe makes it and its webhook completes it.")
            .Produces<RefundRecorded>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        // The buyer who owns the order reads its payments too, reduced.
        app.MapGet("/api/orders/{id:guid}/payments", async (Guid id, CurrentActor actor, ReceiptDesk receipts, CancellationToken ct) =>
            {
                if (actor.IsMoneyDesk())
                    return await receipts.DeskViewAsync(new OrderId(id), ct) is { } view ? TypedResults.Ok(view) : Error.NotFound("order").ToProblem();
                return await receipts.BuyerViewAsync(new OrderId(id), actor, ct) is { } mine ? TypedResults.Ok(mine) : Error.NotFound("order").ToProblem();
            })
            .WithTags("Orders: bank transfers")
            .RequireActor(ActorRequirement.InAssociation)
            .RequireActor(ActorRequirement.AnyOf(BankAccess.Desk, ActorRequirement.Buyer))
            .WithName("ListOrderPayments")
            .WithSummary("The order's payments. The desk: every field, refunds and the order's paid/due amounts. The buyer who owns the order: " +
                "amount, date, method and status of each payment only.")
            .Produces<DeskPayments>().Produces<List<BuyerPaymentDto>>().ProducesProblem(StatusCodes.Status404NotFound);

        var settings = app.MapGroup("/api/order-settings").WithTags("Orders: settings").RequireActor(BankAccess.Desk);
        settings.MapGet("/", async (OrderSettingsEditor editor, CancellationToken ct) => TypedResults.Ok(await editor.GetAsync(ct)))
            .WithName("GetOrderSettings")
            .WithSummary("The association's order settings: bank details buyers pay to, AQL, defect types, fee, payout timing, surplus policy (defaults until the first change).")
            .Produces<OrderSettingsDto>();
        settings.MapPut("/", async (OrderSettingsInput input, OrderSettingsEditor editor, CancellationToken ct) =>
                (await editor.UpdateAsync(input, ct)).ToHttp())
            .RequireActor(ActorRequirement.AssociationAdmin)
            .WithName("UpdateOrderSettings")
            .WithSummary("Replace the order settings (association admin): bankName, bankAccountName, bankAccountNumber, bankSwift (8 or 11), bankAddress, " +
                "aql (0.65, 1.0, 1.5, 2.5, 4.0, 6.5), defectTypes (at most 30, each at most 60 characters), feeBasisPoints (0-3000), feeFixedDong (≥ 0), " +
                "payoutTiming (AfterInspection, AfterBalance), surplusPolicy (ShareWithProducers, KeepByAssociation); revision: 409 if it moved.")
            .Produces<OrderSettingsDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }
}
