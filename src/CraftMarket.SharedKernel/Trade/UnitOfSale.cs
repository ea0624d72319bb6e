using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace CraftMarket.SharedKernel.Trade;

/// <summary>
/// What one quantity of a product is: a piece of pottery, a set of bowls, a metre of silk. Prices,
/// minimum orders and case sizes all count in it, so a product has exactly one. The code is the
/// stable name in the API, CSV and storage; <see cref="UnCode"/> is UN/ECE Recommendation 20, which
/// schema.org's <c>unitCode</c> and trade documents use.
/// </summary>
[JsonConverter(typeof(UnitOfSaleJsonConverter))]
public sealed record UnitOfSale
{
    public static readonly UnitOfSale Piece = new("piece", "H87", "piece", "pieces");
    public static readonly UnitOfSale Set = new("set", "SET", "set", "sets");
    public static readonly UnitOfSale Pair = new("pair", "PR", "pair", "pairs");
    public static readonly UnitOfSale Metre = new("metre", "MTR", "metre", "metres");
    public static readonly UnitOfSale Yard = new("yard", "YRD", "yard", "yards");
    public static readonly UnitOfSale Kilogram = new("kg", "KGM", "kg", "kg");
    public static readonly UnitOfSale SquareMetre = new("m2", "MTK", "m²", "m²");
    public static readonly UnitOfSale Dozen = new("dozen", "DZN", "dozen", "dozen");

    /// <summary>Every unit, in the order forms list them.</summary>
    public static readonly IReadOnlyList<UnitOfSale> All = [Piece, Set, Pair, Metre, Yard, Kilogram, SquareMetre, Dozen];

    private UnitOfSale(string code, string unCode, string singular, string plural) =>
        (Code, UnCode, Singular, Plural) = (code, unCode, singular, plural);

    /// <summary>The stable name: "piece", "metre", "kg".</summary>
    public string Code { get; }

    /// <summary>UN/ECE Rec. 20 common code ("H87", "MTR").</summary>
    public string UnCode { get; }

    /// <summary>The English word, which is also the translation key of pages ("metre").</summary>
    public string Singular { get; }

    public string Plural { get; }

    /// <summary>The codes a client may send, for error messages: "piece, set, pair, ...".</summary>
    public static string Codes => string.Join(", ", All.Select(u => u.Code));

    /// <summary>Everything sold before units existed was sold by the piece.</summary>
    public static UnitOfSale Default => Piece;

    public static bool TryParse(string? code, [NotNullWhen(true)] out UnitOfSale? unit)
    {
        var wanted = code?.Trim();
        unit = All.FirstOrDefault(u => string.Equals(u.Code, wanted, StringComparison.OrdinalIgnoreCase));
        return unit is not null;
    }

    /// <summary>The stored code read back; a code this build does not know is an error in the data, not a piece.</summary>
    public static UnitOfSale FromCode(string code) =>
        TryParse(code, out var unit) ? unit : throw new FormatException($"Unknown unit of sale '{code}'.");

    public override string ToString() => Code;
}
