using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Tests.Domain;

/// <summary>A valid, publishable product to vary one field at a time.</summary>
internal static class ProductBuilder
{
    public static readonly TenantId Tenant = TenantId.New();
    public static readonly MemberId Maker = MemberId.New();
    public static readonly MemberId OtherMaker = MemberId.New();
    public static readonly DateTimeOffset Now = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);

    public static readonly Actor Admin = new("admin-1", "Bat Trang admin", null, IsAssociationAdmin: true);
    public static readonly Actor Producer = new("user-1", "Lê Minh Hải", Maker, IsAssociationAdmin: false);
    public static readonly Actor Stranger = new("user-2", "Hộ khác", OtherMaker, IsAssociationAdmin: false);

    public static ProductDetails Details() => new(
        new CategoryId(Guid.NewGuid()), null,
        new LocalizedText("Bình men rạn vẽ sen 30 cm", "Crackle-glaze vase with lotus, 30 cm"),
        new LocalizedText("Bình gốm men rạn, vẽ tay.", "Hand-painted crackle-glaze vase."),
        new LocalizedText("Gốm sành trắng", "White stoneware"), new LocalizedText("Men rạn", "Crackle glaze"),
        new Dimensions(16, 16, 30), 1600, ["ivory"], [new ProductVariant("bt-vas-1-s", "S", null)],
        "Đất sét Trúc Thôn", "Thùng carton 5 lớp", "6913.90", "Bát Tràng", Vnd(420_000),
        [Tier(100, 390_000), Tier(400, 360_000)], 20, 4, 30, [Maker]);

    public static Money Vnd(long dong) => new(dong, Currency.VND);
    public static PriceTier Tier(int quantity, long dong) => new(quantity, Vnd(dong));

    public static Product Draft(ProductDetails? details = null) =>
        Product.Create(Tenant, details ?? Details(), Producer, Now).Value!;

    public static Product Published()
    {
        var p = Draft();
        p.Submit(Producer, Now).IsSuccess.ShouldBeTrue();
        p.Approve(Admin, Now).IsSuccess.ShouldBeTrue();
        return p;
    }
}
