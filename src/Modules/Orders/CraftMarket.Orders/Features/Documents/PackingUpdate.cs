using System.Text.RegularExpressions;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>PUT /api/orders/{id}/packing: the desk's packing data per line (lines not named keep theirs).</summary>
internal sealed record PackingRequest(int? Revision, IReadOnlyList<PackingLineRequest>? Lines);

/// <summary>Grams as whole numbers; weights may be left empty until the goods are weighed (the packing list says "to be confirmed").</summary>
internal sealed record PackingLineRequest(Guid LineId, string? HsCode, int PiecesPerCarton, int? NetGramsPerPiece, int? GrossGramsPerCarton);

/// <summary>What the desk sees after saving: every line with its cartons and weights as the packing list prints them.</summary>
internal sealed record PackingDto(Guid OrderId, string Number, int Revision, IReadOnlyList<PackingLineDto> Lines, bool Complete);

internal sealed record PackingLineDto(Guid LineId, string Description, int Quantity, string? HsCode, int PiecesPerCarton,
    int? NetGramsPerPiece, int? GrossGramsPerCarton, int Cartons, long? NetGrams, long? GrossGrams)
{
    /// <summary>What the quantity, the per-carton count and the net weight count (the line's unit of sale, ADR 0073).</summary>
    public SharedKernel.Trade.UnitOfSale Unit { get; init; } = SharedKernel.Trade.UnitOfSale.Default;

    public static PackingLineDto From(OrderLine l)
    {
        var p = PackingLine.Of(l.Quantity, l.PiecesPerCarton, l.NetGramsPerPiece, l.GrossGramsPerCarton);
        return new(l.Id.Value, l.Description, l.Quantity, l.HsCode, l.PiecesPerCarton, l.NetGramsPerPiece, l.GrossGramsPerCarton,
            p.Cartons, p.NetGrams, p.GrossGrams) { Unit = l.Unit };
    }
}

/// <summary>
/// The desk enters, per line, pieces per carton (the case size came from the catalogue), the net
/// weight of a piece, the gross weight of a full carton and the HS code. Refused once the goods have
/// left (the issued packing list describes them) and for a stale revision (409).
/// </summary>
internal sealed partial class PackingUpdate(OrdersDb db, TimeProvider clock)
{
    public const int MaxPiecesPerCarton = 100_000, MaxNetGramsPerPiece = 1_000_000, MaxGrossGramsPerCarton = 10_000_000;

    /// <summary>"6913.10", "691310", "6304.92.00": 4 to 10 digits, dots between groups.</summary>
    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HsCodeShape();

    public static bool IsHsCode(string? code) =>
        code is { Length: > 0 and <= 12 } && HsCodeShape().IsMatch(code) && code.Count(char.IsAsciiDigit) is >= 4 and <= 10;

    public async Task<Result<PackingDto>> Handle(Guid orderId, PackingRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (!OrderDocuments.IsDesk(actor)) return Error.NotFound("order");
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == new OrderId(orderId), ct);
        if (order is null) return Error.NotFound("order");
        if (Validate(order, request) is { } invalid) return invalid;
        if (order.State is OrderState.Shipped or OrderState.Delivered or OrderState.Closed or OrderState.Cancelled)
            return Error.Conflict("order.state", "This order has shipped, been delivered, closed or cancelled: its packing can no longer be changed.");
        if (request.Revision is { } revision && revision != order.Revision)
            return Error.Conflict("order.revision", "The order changed since you opened it: reload and enter the packing again.");

        foreach (var change in request.Lines!)
        {
            var line = order.Lines.Single(l => l.Id.Value == change.LineId);
            line.HsCode = change.HsCode!.Trim();
            line.PiecesPerCarton = change.PiecesPerCarton;
            line.NetGramsPerPiece = change.NetGramsPerPiece;
            line.GrossGramsPerCarton = change.GrossGramsPerCarton;
        }
        order.Touch(clock.GetUtcNow());
        db.Timeline(order, "packing", actor.DisplayName, $"Packing data entered for {request.Lines!.Count} line(s).", forBuyer: false, clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("order.revision", "The order changed while you saved: reload and enter the packing again.");
        }
        return Read(order);
    }

    public static PackingDto Read(Order order)
    {
        var lines = order.Lines.OrderBy(l => l.Position).Select(PackingLineDto.From).ToList();
        return new PackingDto(order.Id.Value, order.Number, order.Revision, lines, lines.All(l => l.NetGrams is not null && l.GrossGrams is not null));
    }

    private static Error? Validate(Order order, PackingRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Lines is not { Count: > 0 } lines)
            return Error.Validation("lines", "Give the packing of at least one line.");
        var seen = new HashSet<Guid>();
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var at = $"lines[{i}]";
            if (l is null) { errors[at] = ["A line is missing."]; continue; }
            if (order.Lines.All(o => o.Id.Value != l.LineId)) errors[$"{at}.lineId"] = ["This line is not part of the order."];
            else if (!seen.Add(l.LineId)) errors[$"{at}.lineId"] = ["This line is given twice."];
            if (!IsHsCode(l.HsCode?.Trim())) errors[$"{at}.hsCode"] = ["HS code: 4 to 10 digits, groups separated by dots (e.g. 6913.10)."];
            if (l.PiecesPerCarton is < 1 or > MaxPiecesPerCarton) errors[$"{at}.piecesPerCarton"] = ["Pieces per carton: a whole number from 1 to 100 000."];
            if (l.NetGramsPerPiece is < 1 or > MaxNetGramsPerPiece) errors[$"{at}.netGramsPerPiece"] = ["Net weight per piece: whole grams from 1 to 1 000 000, or empty."];
            if (l.GrossGramsPerCarton is < 1 or > MaxGrossGramsPerCarton) errors[$"{at}.grossGramsPerCarton"] = ["Gross weight per carton: whole grams from 1 to 10 000 000, or empty."];
            else if (l is { GrossGramsPerCarton: { } gross, NetGramsPerPiece: { } net, PiecesPerCarton: >= 1 } && gross < (long)net * l.PiecesPerCarton)
                errors[$"{at}.grossGramsPerCarton"] = ["A full carton cannot weigh less than its pieces: gross per carton ≥ net per piece × pieces per carton."];
        }
        return errors.Count == 0 ? null : Error.Validation(errors);
    }
}
