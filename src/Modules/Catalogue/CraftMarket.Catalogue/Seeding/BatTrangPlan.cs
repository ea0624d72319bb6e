using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Seeding;

/// <summary>Bat Trang ceramics: glazes and painted motifs from the village's real repertoire.</summary>
internal static class BatTrangPlan
{
    private static readonly Finish Crackle = new(new("men rạn", "Crackle-glaze", "craquelé", "貫入釉の"),
        new("Men rạn", "Crackle glaze", "Émail craquelé", "貫入釉"),
        new("Men rạn hình thành khi lớp men và xương gốm co lại khác nhau lúc nguội, sau khi nung ở khoảng 1.250 °C.",
            "The crackle forms as glaze and body shrink at different rates while cooling after firing at about 1,250 °C.",
            "Les craquelures naissent quand l'émail et le corps se rétractent différemment au refroidissement, après une cuisson vers 1 250 °C.",
            "約1250℃で焼成したのち、釉と素地の収縮差によって貫入が生まれます。"), ["ivory", "light brown"], 1.15m);
    private static readonly Finish BlueWhite = new(new("men lam", "Blue-and-white", "bleu et blanc", "染付の"),
        new("Vẽ lam dưới men", "Blue-and-white underglaze painting", "Décor bleu sous couverte", "染付"),
        new("Hoa văn được vẽ tay bằng màu lam cobalt trước khi tráng men và nung.",
            "The pattern is painted by hand in cobalt blue before glazing and firing.",
            "Le décor est peint à la main au bleu de cobalt avant l'émaillage et la cuisson.",
            "施釉・焼成の前に、コバルトで一つずつ手描きしています。"), ["white", "cobalt blue"], 1.25m);
    private static readonly Finish Celadon = new(new("men ngọc", "Celadon", "céladon", "青磁の"),
        new("Men ngọc", "Celadon glaze", "Émail céladon", "青磁釉"),
        new("Màu xanh ngọc nhạt có được nhờ một lượng nhỏ sắt trong men, nung trong lò khử.",
            "The pale jade green comes from a trace of iron in the glaze, fired in a reducing kiln.",
            "Le vert jade pâle vient d'une trace de fer dans l'émail, cuit en atmosphère réductrice.",
            "還元焼成により、釉の微量の鉄分が淡い翡翠色に発色します。"), ["celadon green"], 1.2m);
    private static readonly Finish Brown = new(new("men nâu", "Brown-glazed", "à émail brun", "褐釉の"),
        new("Men nâu", "Brown glaze", "Émail brun", "褐釉"),
        new("Men nâu truyền thống của Bát Tràng, bền màu và chịu được mưa nắng ngoài trời.",
            "Bat Trang's traditional brown glaze: colourfast and weatherproof outdoors.",
            "L'émail brun traditionnel de Bat Trang, stable et résistant aux intempéries.",
            "バッチャン伝統の褐釉で、色あせず屋外の雨風にも耐えます。"), ["dark brown"], 1.0m);
    private static readonly Finish Flambe = new(new("men hoa biến", "Flambé-glazed", "à émail flammé", "窯変釉の"),
        new("Men hoa biến", "Flambé (kiln-transmutation) glaze", "Émail flammé", "窯変釉"),
        new("Men hoa biến đổi màu theo ngọn lửa trong lò nên không có hai sản phẩm giống hệt nhau.",
            "The flambé glaze changes colour with the kiln's flame, so no two pieces are alike.",
            "L'émail flammé change de couleur selon la flamme du four : aucune pièce n'est identique.",
            "窯の炎によって色が変わるため、同じものは二つとありません。"), ["copper red", "purple blue"], 1.35m);

    private static readonly Words[] Painted =
    [
        Words.None,
        new("vẽ sen", "with lotus", "au lotus", "蓮文"),
        new("vẽ rồng", "with dragon", "au dragon", "龍文"),
        new("vẽ tre", "with bamboo", "aux bambous", "竹文"),
        new("vẽ hoa cúc", "with chrysanthemums", "aux chrysanthèmes", "菊文"),
        new("vẽ cảnh làng quê", "with village scene", "à scène villageoise", "農村風景"),
    ];

    private static readonly Words Stoneware = new("Gốm sành trắng", "White stoneware", "Grès blanc", "白色炻器");
    private static readonly Words Porcelain = new("Sứ", "Porcelain", "Porcelaine", "磁器");
    private static readonly Words Terracotta = new("Gốm sành nâu", "Brown stoneware", "Grès brun", "褐色炻器");
    private const string Boxed = "Bọc xốp từng chiếc, thùng carton 5 lớp / Foam-wrapped, 5-ply export carton";

    private static Size Cm(int h, int d, int grams, long price) => new(Words.Same($"{h} cm"), d, d, h, grams, price, $"{h}");
    private static Size Round(int d, int h, int grams, long price) => new(Words.Same($"Ø {d} cm"), d, d, h, grams, price, $"D{d}");

    public static readonly VillagePlan Plan = new("bat-trang", "BT",
        new("làng gốm Bát Tràng", "Bat Trang pottery village", "village de potiers de Bat Trang", "バッチャン陶器村"),
        "Bát Tràng, Gia Lâm, Hà Nội, Việt Nam", "Đất sét trắng Trúc Thôn (Hải Dương) / Truc Thon white clay, Hai Duong",
        [
            new("Bình hoa", "Vases", "Vases", "花瓶"), new("Chậu cây", "Pots and planters", "Pots et jardinières", "植木鉢"),
            new("Tượng sân vườn", "Garden statues", "Statues de jardin", "ガーデン置物"), new("Bộ ấm chén", "Tea sets", "Services à thé", "茶器セット"),
            new("Bát", "Bowls", "Bols", "碗"), new("Đĩa", "Plates", "Assiettes", "皿"),
            new("Cốc", "Cups and mugs", "Tasses et mugs", "カップ"), new("Hũ, lọ", "Jars", "Pots et jarres", "壺"),
        ],
        [
            new("Bình hoa", "VAS", [new("Bình", "vase", "Vase", "花瓶")], [Stoneware], [Crackle, BlueWhite, Celadon, Flambe, Brown], Painted,
                [Cm(25, 14, 1100, 320_000), Cm(30, 16, 1600, 420_000), Cm(45, 22, 3800, 850_000), Cm(60, 30, 7500, 1_600_000)],
                20, 4, 30, "691390", Boxed, new("Lòng bình tráng men, cắm được hoa tươi.", "Glazed inside: holds water for fresh flowers.",
                    "Intérieur émaillé : convient aux fleurs fraîches.", "内側まで施釉しており、生花を生けられます。")),
            new("Chậu cây", "POT", [new("Chậu", "planter", "Jardinière", "植木鉢")], [Terracotta], [Brown, Crackle, Celadon, BlueWhite],
                Painted[..4], [Round(20, 18, 1800, 180_000), Round(30, 26, 4200, 320_000), Round(45, 38, 11000, 750_000)],
                24, 6, 35, "691490", Boxed, new("Có lỗ thoát nước; chịu được sương giá nhẹ.", "Drainage hole; withstands light frost.",
                    "Trou de drainage ; résiste aux gelées légères.", "排水穴付きで、軽い霜にも耐えます。")),
            new("Tượng sân vườn", "STA",
                [new("Tượng ếch", "frog statue", "Grenouille", "カエルの置物"), new("Tượng voi", "elephant statue", "Éléphant", "象の置物"),
                 new("Tượng nghê", "nghê guardian statue", "Gardien nghê", "狛犬の置物"), new("Tượng rùa", "turtle statue", "Tortue", "亀の置物")],
                [Terracotta], [Brown, Celadon, Flambe, Crackle], [Words.None], [Cm(30, 22, 4000, 650_000), Cm(50, 35, 12000, 1_450_000)],
                4, 2, 40, "691390", "Đóng khung gỗ từng chiếc / Crated individually", new("Đặt ngoài trời quanh năm.",
                    "Made to stand outdoors all year.", "Conçu pour rester dehors toute l'année.", "一年中屋外に置けます。")),
            new("Bộ ấm chén", "TEA", [new("Bộ ấm chén", "tea set", "Service à thé", "茶器セット")], [Porcelain], [BlueWhite, Celadon, Crackle, Flambe],
                Painted[..5], [new(new("(ấm và 6 chén)", "teapot and 6 cups", "théière et 6 tasses", "急須と湯呑み6客"), 30, 30, 12, 1400, 380_000, "6"),
                 new(new("(ấm và 10 chén)", "teapot and 10 cups", "théière et 10 tasses", "急須と湯呑み10客"), 36, 36, 12, 2100, 560_000, "10")],
                10, 5, 25, "691110", "Hộp giấy lót vải từng bộ / Gift box with fabric lining", new("Ấm có lưới lọc trà.",
                    "The teapot has a built-in strainer.", "La théière a un filtre intégré.", "急須には茶こしが付いています。"),
                Unit: UnitOfSale.Set),
            new("Bát", "BOW", [new("Bát", "bowl", "Bol", "碗")], [Stoneware], [BlueWhite, Celadon, Brown, Crackle], Painted[..5],
                [Round(12, 6, 220, 35_000), Round(15, 7, 340, 55_000), Round(20, 9, 620, 95_000)], 100, 20, 21, "691200",
                "Xếp chồng, 20 chiếc một hộp / Nested, 20 per box", new("Dùng được trong máy rửa bát và lò vi sóng.",
                    "Dishwasher and microwave safe.", "Va au lave-vaisselle et au micro-ondes.", "食洗機・電子レンジ対応。")),
            new("Đĩa", "PLA", [new("Đĩa", "plate", "Assiette", "皿")], [Stoneware], [BlueWhite, Celadon, Brown], Painted,
                [Round(20, 2, 450, 60_000), Round(27, 3, 800, 110_000), Round(35, 4, 1500, 220_000)], 100, 20, 21, "691200",
                "Xếp chồng, 20 chiếc một hộp / Stacked, 20 per box", new("Dùng được trong máy rửa bát.", "Dishwasher safe.",
                    "Va au lave-vaisselle.", "食洗機対応。")),
            new("Cốc", "CUP", [new("Cốc", "mug", "Mug", "マグカップ")], [Stoneware], [BlueWhite, Crackle, Celadon, Brown], Painted[..4],
                [new(Words.Same("250 ml"), 8, 8, 9, 300, 45_000, "250"), new(Words.Same("350 ml"), 9, 9, 10, 380, 60_000, "350")],
                120, 12, 20, "691200", "Hộp 12 chiếc / Boxes of 12", new("Quai cầm lớn, men an toàn thực phẩm.",
                    "Large handle; food-safe glaze.", "Grande anse ; émail alimentaire.", "大きな持ち手、食品用の釉薬。"),
                ColourVariants: true),
            new("Hũ, lọ", "JAR", [new("Hũ có nắp", "lidded jar", "Pot couvert", "蓋付き壺")], [Stoneware], [Brown, BlueWhite, Crackle, Flambe],
                Painted[..4], [new(new("1 lít", "1 litre", "1 litre", "1リットル"), 12, 12, 16, 900, 120_000, "1L"), new(new("3 lít", "3 litres", "3 litres", "3リットル"), 17, 17, 22, 2000, 260_000, "3L")],
                30, 6, 30, "691200", Boxed, new("Nắp khít, dùng ngâm rượu, muối dưa hay đựng gạo.", "Tight lid, for pickles, rice or infusions.",
                    "Couvercle ajusté, pour conserves, riz ou macérations.", "蓋がしっかり閉まり、漬物や米の保存に。")),
        ],
        48);
}
