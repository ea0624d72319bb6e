using CraftMarket.Tenancy.Features.Tenants;

namespace CraftMarket.Tenancy.Seed;

internal static class DemoTenants
{
    // Indicative association-set rates (units per 1 VND), as set at the end of November 2026.
    private static readonly DateOnly RatesSetOn = new(2026, 11, 30);
    private static readonly CurrencyInput[] Rates =
        [new("USD", 0.0000380m, RatesSetOn), new("EUR", 0.0000352m, RatesSetOn), new("JPY", 0.00585m, RatesSetOn), new("AUD", 0.0000585m, RatesSetOn)];

    public static readonly TenantInput[] All =
    [
        new("bat-trang", "Hiệp hội Gốm sứ Bát Tràng", "Bat Trang Ceramics Association", ["battrang.craftmarket.vn"], "vi",
            ["vi", "en", "ja"], Rates,
            new("export@battrang.example", "+842438740000", "Trung tâm Xuất khẩu, Bát Tràng, Gia Lâm, Hà Nội", "Nguyễn Văn Hùng"),
            new("Gốm Bát Tràng", "Over 800 kilns, 10 km from Hanoi: vases, tea sets and crackle glaze since the 14th century.",
                "bat-trang", "#1f4e79", "#b8860b", "#f7f9fc", "#14213d", "Georgia, 'Times New Roman', serif", "system-ui, sans-serif",
                "/themes/bat-trang/logo.svg"), Province: "ha-noi", Craft: "ceramics"),
        new("van-phuc", "Hiệp hội Lụa Vạn Phúc", "Van Phuc Silk Association", [], "vi",
            ["vi", "en", "fr"], Rates,
            new("export@vanphuc.example", "+842433820000", "Vạn Phúc, Hà Đông, Hà Nội", "Trần Thị Lan"),
            new("Lụa Vạn Phúc", "About 800 households and over 1,000 looms weaving 2.4 million metres of silk a year.",
                "van-phuc", "#8b1e3f", "#d4a373", "#fffaf5", "#2b2024", "Palatino, 'Book Antiqua', serif", "system-ui, sans-serif",
                "/themes/van-phuc/logo.svg"), Province: "ha-noi", Craft: "silk"),
        new("dong-ky", "Hiệp hội Đồ gỗ Mỹ nghệ Đồng Kỵ", "Dong Ky Fine Woodcraft Association", [], "vi",
            ["vi", "en"], Rates,
            new("export@dongky.example", "+842223830000", "Đồng Kỵ, Từ Sơn, Bắc Ninh", "Lê Văn Minh"),
            new("Đồ gỗ Đồng Kỵ", "Hand-carved wooden furniture from Bac Ninh, a former firecracker village.",
                "base", "#6b4423", "#a3b18a", "#fbf7f2", "#2a1e14", "Georgia, serif", "system-ui, sans-serif", null), Province: "bac-ninh", Craft: "wood-carving"),
    ];
}
