using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Features.BankTransfer;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Payments;

/// <summary>
/// The desk's money page of one order: receipts and card payments, transfers back, what is paid and
/// due; a form to record a bank receipt with its proof (multipart) and one to record a transfer back.
/// Amounts are typed in major units ("3024.00"), đồng with or without thousands dots.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class PaymentsModel(ReceiptDesk receipts, RefundDesk refunds, PaymentProofs proofs, ModuleText<OrdersText> t) : PageModel
{
    public sealed class ReceiptForm
    {
        public string? Amount { get; set; }
        public string? ReceivedOn { get; set; }
        public string? Reference { get; set; }
        public string? AmountVnd { get; set; }
        public string? Purpose { get; set; }
        public string? Note { get; set; }
        public IFormFile? Proof { get; set; }
    }

    public sealed class RefundForm
    {
        public Guid? PaymentId { get; set; }
        public string? Amount { get; set; }
        public string? Reason { get; set; }
        public string? RefundedOn { get; set; }
        public string? Reference { get; set; }
    }

    [BindProperty] public ReceiptForm Receipt { get; set; } = new();
    [BindProperty] public RefundForm Refund { get; set; } = new();
    public DeskPayments View { get; private set; } = null!;
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!HttpContext.Actor().IsMoneyDesk()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        Done = done switch
        {
            "receipt" => t["The receipt is recorded."],
            "refund" => t["The transfer back is recorded."],
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnGetProofAsync(Guid id, Guid payment, CancellationToken ct)
    {
        if (!HttpContext.Actor().IsMoneyDesk()) return Forbid();
        if (await proofs.OpenAsync(new OrderId(id), payment, ct) is not { } file) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Content-Type-Options"] = "nosniff";
        return file.File.Kind == Media.Contracts.StoredFileKind.Pdf
            ? File(file.Content, file.File.ContentType, PaymentProofs.SafeName(file.File.FileName))
            : File(file.Content, file.File.ContentType);
    }

    public async Task<IActionResult> OnPostReceiptAsync(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsMoneyDesk()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        var currency = Currency.Of(View.Order.Total.Currency.Code);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var amount = ParseAmount(Receipt.Amount, currency, "amount", errors);
        long? vnd = null;
        if (!string.IsNullOrWhiteSpace(Receipt.AmountVnd))
        {
            var digits = Receipt.AmountVnd.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal)
                .Replace(" ", "", StringComparison.Ordinal).Replace("₫", "", StringComparison.Ordinal);
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var dong)) vnd = dong;
            else errors["amountVnd"] = ["Write the đồng credited as a whole number, e.g. 75.600.000."];
        }
        if (errors.Count > 0) return Failed(Error.Validation(errors), nameof(Receipt));

        Guid? proofId = null;
        if (Receipt.Proof is { Length: > 0 } upload)
        {
            var stored = await proofs.StoreAsync(new OrderId(id), upload, ct);
            if (stored.IsFailure) return Failed(stored.Error! with { Fields = Rename(stored.Error!.Fields, "file", "proof") }, nameof(Receipt));
            proofId = stored.Value!.FileId;
        }
        var result = await receipts.RecordAsync(new OrderId(id),
            new ReceiptInput(new AmountInput(currency.Code, amount?.MinorUnits), Receipt.ReceivedOn, Receipt.Reference, vnd, Receipt.Purpose, Receipt.Note,
                proofId), idempotencyKey: null, actor, ct);
        if (result.IsSuccess) return Redirect($"~/admin/orders/{id}/payments?done=receipt");
        if (proofId is { } orphan) await proofs.ForgetAsync(orphan, ct);
        await LoadAsync(id, ct);
        return Failed(result.Error!, nameof(Receipt));
    }

    public async Task<IActionResult> OnPostRefundAsync(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsMoneyDesk()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        var currency = Currency.Of(View.Order.Total.Currency.Code);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var amount = ParseAmount(Refund.Amount, currency, "amount", errors);
        if (errors.Count > 0) return Failed(Error.Validation(errors), nameof(Refund));
        var result = await refunds.RecordAsync(new OrderId(id),
            new RefundInput(Refund.PaymentId, new AmountInput(currency.Code, amount?.MinorUnits), Refund.Reason, Refund.RefundedOn, Refund.Reference), actor, ct);
        if (result.IsSuccess) return Redirect($"~/admin/orders/{id}/payments?done=refund");
        await LoadAsync(id, ct);
        return Failed(result.Error!, nameof(Refund));
    }

    public string Show(Money money) => money.Format(CultureInfo.CurrentUICulture);

    public string StatusText(string status) => status switch
    {
        "Succeeded" => t["Payment received"],
        "Pending" => t["Card payment not completed yet"],
        "Failed" => t["Payment failed"],
        _ => t["Payment abandoned"],
    };

    public static string Dong(long amount) => amount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + " ₫";

    private static Money? ParseAmount(string? text, Currency currency, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;   // the rules say what is missing
        if (Money.TryParse(text.Trim(), currency, out var money, out var error)) return money;
        errors[field] = [error];
        return null;
    }

    private static Dictionary<string, string[]>? Rename(IReadOnlyDictionary<string, string[]>? fields, string from, string to) =>
        fields?.ToDictionary(f => f.Key == from ? to : f.Key, f => f.Value, StringComparer.Ordinal);

    private IActionResult Failed(Error error, string form)
    {
        ModelState.Clear();
        ModelState.AddErrors(error with
        {
            Message = t[error.Message],
            Fields = error.Fields?.ToDictionary(e => e.Key, e => e.Value.Select(m => t[m]).ToArray(), StringComparer.Ordinal),
        }, form, field => field switch
        {
            "paymentId" => nameof(RefundForm.PaymentId),
            "amountVnd" => nameof(ReceiptForm.AmountVnd),
            "receivedOn" => nameof(ReceiptForm.ReceivedOn),
            "refundedOn" => nameof(RefundForm.RefundedOn),
            "proofFileId" or "proof" => nameof(ReceiptForm.Proof),
            _ => FormErrors.InputOf(field),
        });
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await receipts.DeskViewAsync(new OrderId(id), ct) is not { } view) return false;
        View = view;
        return true;
    }
}
