using CraftMarket.Inquiries.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>
/// Bank slips and statement lines: kept through Media's private files (sniffed: PDFs and photos only,
/// photos re-encoded without metadata), read back only by the desk and only as the proof of a payment
/// of this association's order. The buyer never receives them.
/// </summary>
internal sealed class PaymentProofs(OrdersDb db, IPrivateFiles files)
{
    public const string Purpose = "orders.payment-proof";
    public const long MaxBytes = 20L * 1024 * 1024;

    public async Task<Result<ProofDto>> StoreAsync(OrderId orderId, IFormFile? upload, CancellationToken ct)
    {
        if (!await db.Orders.AnyAsync(o => o.Id == orderId, ct)) return Error.NotFound("order");
        if (upload is null || upload.Length == 0) return Error.Validation("file", "Choose the bank slip or statement (PDF or photo).");
        if (upload.Length > MaxBytes) return Error.Validation("file", $"A proof is at most {MaxBytes / (1024 * 1024)} MB.");
        await using var stream = upload.OpenReadStream();
        var stored = await files.StoreAsync(Purpose, upload.FileName, stream, ct);
        if (stored.IsFailure)
            return Error.Validation("file", stored.Error!.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? stored.Error!.Message);
        var file = stored.Value!;
        return new ProofDto(file.Id.Value, file.FileName, file.ContentType, file.Length);
    }

    /// <summary>Forgets a proof no receipt cites (the receipt it came with was refused).</summary>
    public Task ForgetAsync(Guid fileId, CancellationToken ct) => files.DeleteAsync(new FileId(fileId), ct);

    /// <summary>The proof of this payment of this order, or null (read as not found).</summary>
    public async Task<FileContent?> OpenAsync(OrderId orderId, Guid paymentId, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking()
            .FirstOrDefaultAsync(p => p.OrderId == orderId && p.Id == new PaymentId(paymentId), ct);
        return payment?.ProofFileId is { } file ? await files.OpenAsync(new FileId(file), ct) : null;
    }

    /// <summary>Private files go to the one reader asking, never into a shared cache; PDFs download rather than open in the site's origin.</summary>
    public static IResult Serve(FileContent file, HttpContext http)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return file.File.Kind == StoredFileKind.Pdf
            ? TypedResults.Stream(file.Content, file.File.ContentType, SafeName(file.File.FileName))
            : TypedResults.Stream(file.Content, file.File.ContentType);
    }

    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "proof" : name.Length > 120 ? name[^120..] : name;
    }
}
