using CraftMarket.SharedKernel.Monetary;
using CsCheck;

namespace CraftMarket.SharedKernel.Tests.Monetary;

internal static class Generators
{
    public static readonly Gen<Currency> Currency = Gen.OneOf<Currency>([.. CraftMarket.SharedKernel.Monetary.Currency.All]);

    /// <summary>Amounts up to a trillion major units either side of zero: far past any village's order.</summary>
    public static readonly Gen<Money> Money =
        Gen.Select(Gen.Long[-1_000_000_000_000_00, 1_000_000_000_000_00], Currency, (minor, c) => new Money(minor, c));

    public static readonly Gen<Money> NonNegativeMoney =
        Gen.Select(Gen.Long[0, 1_000_000_000_000_00], Currency, (minor, c) => new Money(minor, c));

    /// <summary>1 to 12 weights, zeros included, at least one above zero.</summary>
    public static readonly Gen<long[]> Weights =
        Gen.Long[0, 1_000_000].Array[1, 12].Where(w => w.Any(x => x > 0));
}
