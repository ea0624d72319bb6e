using System.Globalization;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>
/// One order line as packed: cartons = ceil(pieces / pieces per carton), net weight = pieces × net
/// grams per piece, gross weight = cartons × gross grams per full carton (the last carton is counted
/// as full: the forwarder weighs cartons, and a part-filled one still has its box and padding).
/// Grams throughout, in whole numbers; kilograms only when printed. A weight the desk has not
/// entered yet is null and prints "to be confirmed".
/// </summary>
internal sealed record PackingLine(int Pieces, int PiecesPerCarton, int Cartons, long? NetGrams, long? GrossGrams)
{
    public static PackingLine Of(int pieces, int piecesPerCarton, int? netGramsPerPiece, int? grossGramsPerCarton)
    {
        var perCarton = Math.Max(1, piecesPerCarton);
        var cartons = (int)(((long)pieces + perCarton - 1) / perCarton);
        return new PackingLine(pieces, perCarton, cartons,
            netGramsPerPiece is { } net ? checked((long)pieces * net) : null,
            grossGramsPerCarton is { } gross ? checked((long)cartons * gross) : null);
    }

    public bool HasWeights => NetGrams is not null && GrossGrams is not null;

    /// <summary>
    /// Grams as kilograms with two decimals, rounded half up to the nearest 10 g, with integer
    /// arithmetic only (411 600 g → "411.60", or "411,60" in French).
    /// </summary>
    public static string Kilograms(long grams, CultureInfo culture)
    {
        var hundredths = (grams + 5) / 10;
        return (hundredths / 100).ToString("N0", culture) + culture.NumberFormat.NumberDecimalSeparator +
            (hundredths % 100).ToString("D2", CultureInfo.InvariantCulture);
    }
}
