using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Tenancy.Seed;

/// <summary>The demo villages' stories and facts, with the field studies' figures (shared/DOMAIN.md).</summary>
internal static class DemoStories
{
    private static LocalizedValue L(string vi, string en, string? fr = null, string? ja = null) => new() { Vi = vi, En = en, Fr = fr, Ja = ja };

    public static readonly IReadOnlyDictionary<string, VillageStory> BySlug = new Dictionary<string, VillageStory>
    {
        ["bat-trang"] = new()
        {
            Story = L("Gốm Bát Tràng: hơn 800 lò gốm bên sông Hồng, men rạn và men lam truyền từ đời này sang đời khác. Sản phẩm đạt chuẩn xuất khẩu mang thương hiệu chung của Hiệp hội và được xuất qua Trung tâm Xuất khẩu.",
                "Bat Trang ceramics: over 800 kilns on the Red River, crackle and blue-and-white glazes handed down through generations. Export-quality pieces carry the association's common brand and ship through its export centre.",
                ja: "バッチャン焼：紅河のほとりに800を超える窯。ひび釉と青花を代々受け継いでいます。輸出品質の製品は協会の共通ブランドを掲げ、輸出センターから出荷されます。"),
            Location = L("Cách trung tâm Hà Nội 10 km về phía đông nam", "10 km south-east of Hanoi"),
            Households = 1172,
            Production = L("Hơn 800 lò, 50 triệu sản phẩm mỗi năm; xuất khẩu 40 triệu USD (2002)",
                "Over 800 kilns, 50 million pieces a year; US$40 million of exports (2002)"),
            History = L("Làng gốm từ thế kỷ 14", "A pottery village since the 14th century"),
            MainProducts = L("Bình hoa, chậu, tượng sân vườn, bộ ấm chén, bát, cốc, đĩa, chum; men rạn và men lam",
                "Vases, pots, garden statues, tea sets, bowls, cups, plates, jars; crackle glaze and blue-and-white"),
        },
        ["van-phuc"] = new()
        {
            Story = L("Lụa Vạn Phúc: khoảng 800 hộ dệt trên hơn 1.000 khung dệt điện, giữ nghề dệt vân hoa của làng. Hiệp hội nhận đơn hàng lớn và chia cho các hộ cùng làm theo một quy trình chuẩn.",
                "Van Phuc silk: about 800 weaving households on over 1,000 electric looms, keeping the village's jacquard weaving alive. The association takes large orders and shares them among households working to one standard.",
                fr: "Soie de Van Phuc : environ 800 foyers de tisserands sur plus de 1 000 métiers électriques, qui font vivre le jacquard du village. L'association prend les grosses commandes et les répartit entre les foyers, selon un même standard."),
            Location = L("Cách trung tâm Hà Nội 8 km về phía tây nam (Hà Đông)", "8 km south-west of Hanoi (Ha Dong)"),
            Households = 800,
            Production = L("Hơn 1.000 khung dệt điện, 2,4-2,5 triệu mét lụa mỗi năm",
                "Over 1,000 electric looms, 2.4-2.5 million metres of silk a year",
                "Plus de 1 000 métiers électriques, 2,4 à 2,5 millions de mètres de soie par an"),
            History = L("Làng dệt lụa lâu đời của Hà Đông, nổi tiếng với lụa vân hoa", "Ha Dong's long-standing silk village, known for its jacquard silk"),
            MainProducts = L("Khăn lụa, vải lụa theo mét, quần áo, phụ kiện", "Scarves, silk fabric by the metre, garments, accessories",
                "Foulards, soie au mètre, vêtements, accessoires"),
        },
        ["dong-ky"] = new()
        {
            Story = L("Đồ gỗ Đồng Kỵ: bàn ghế, tủ và đồ chạm khắc làm tay ở Bắc Ninh. Làng từng làm pháo, nay các xưởng mộc và hộ chạm khắc cùng làm hàng cho Hiệp hội.",
                "Dong Ky woodcraft: hand-carved tables, chairs, cabinets and carvings from Bac Ninh. Once a firecracker village, its joinery workshops and carving households now make them together for the association."),
            Location = L("Từ Sơn, Bắc Ninh, phía đông bắc Hà Nội", "Tu Son, Bac Ninh, north-east of Hanoi"),
            History = L("Trước đây là làng pháo, chuyển sang đồ gỗ mỹ nghệ", "Formerly a firecracker village, now fine woodcraft"),
            MainProducts = L("Bàn, ghế, tủ, đồ chạm khắc", "Tables, chairs, cabinets, carvings"),
        },
    };
}
