using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Seeding;

/// <summary>Van Phuc silk: jacquard (vân hoa), gauze (the), tussah (đũi) and hand-dyed silk.</summary>
internal static class VanPhucPlan
{
    private static readonly Words MulberrySilk = new("Lụa tơ tằm", "Mulberry silk", "Soie de mûrier", "桑蚕シルク");
    private static readonly Words TussahSilk = new("Đũi tơ tằm", "Tussah silk", "Soie tussah", "タッサーシルク");

    private static readonly Finish Jacquard = new(new("vân hoa", "Jacquard", "jacquard", "紋織の"),
        new("Dệt vân hoa (jacquard) thủ công", "Hand-woven jacquard silk", "Soie jacquard tissée à la main", "手織りの紋織シルク"),
        new("Hoa văn nổi lên từ chính sợi dệt, trên khung dệt vân hoa của làng Vạn Phúc.",
            "The pattern rises from the weave itself, on Van Phuc's jacquard looms.",
            "Le motif naît du tissage lui-même, sur les métiers jacquard de Van Phuc.",
            "模様は織りそのものから浮かび上がります。ヴァンフックの紋織機で織られています。"), ["ivory", "crimson", "indigo"], 1.2m);
    private static readonly Finish Gauze = new(new("the", "Silk-gauze", "en gaze de soie", "紗の"),
        new("Dệt the", "Silk gauze (the) weave", "Gaze de soie", "紗織り"),
        new("The là loại lụa mỏng, thoáng, dệt thưa, mát vào mùa hè.",
            "The is a light, open silk gauze, cool to wear in summer.",
            "Le the est une gaze de soie légère et aérée, fraîche en été.",
            "紗は薄く透ける絹織物で、夏でも涼しく着られます。"), ["pale gold", "sky blue"], 1.1m);
    private static readonly Finish Tussah = new(new("đũi", "Tussah", "en tussah", "タッサーシルクの"),
        new("Dệt đũi", "Tussah weave", "Tissage tussah", "タッサー織り"),
        new("Đũi dệt từ tơ gốc, sợi không đều tạo nên mặt vải mộc mạc.",
            "Tussah is woven from raw silk; the uneven thread gives a rustic surface.",
            "Le tussah est tissé de soie grège ; le fil irrégulier donne une surface rustique.",
            "タッサーは生糸から織られ、不揃いな糸が素朴な風合いを生みます。"), ["natural", "olive"], 0.9m, TussahSilk);
    private static readonly Finish HandDyed = new(new("nhuộm tay", "Hand-dyed", "teint à la main", "手染めの"),
        new("Nhuộm thủ công", "Hand dyeing", "Teinture à la main", "手染め"),
        new("Từng tấm lụa được nhuộm tay nên màu có độ loang nhẹ, không tấm nào giống tấm nào.",
            "Each piece is dyed by hand, so the colour varies slightly from one to the next.",
            "Chaque pièce est teinte à la main : la couleur varie légèrement.",
            "一枚ずつ手染めのため、色合いに少しずつ違いがあります。"), ["indigo", "saffron", "rose"], 1.15m);

    private static readonly Words[] Patterns =
    [
        Words.None,
        new("họa tiết sen", "with lotus pattern", "à motif de lotus", "蓮柄"),
        new("họa tiết chữ Thọ", "with longevity motif", "à motif de longévité", "寿文字柄"),
        new("họa tiết hoa cúc", "with chrysanthemum pattern", "à motif de chrysanthèmes", "菊柄"),
        new("họa tiết mây", "with cloud pattern", "à motif de nuages", "雲柄"),
    ];

    private static Size Cm(string label, decimal l, decimal w, int grams, long price, string code) =>
        new(Words.Same(label), l, w, null, grams, price, code);

    /// <summary>Sold in several sizes (the variants), so the name carries none.</summary>
    private static Size Unsized(decimal l, decimal w, int grams, long price) => new(Words.None, l, w, null, grams, price, "R");

    private static readonly Words Washing = new("Giặt tay nhẹ bằng nước lạnh, phơi trong bóng râm.", "Hand wash cold; dry in the shade.",
        "Laver à la main à l'eau froide ; sécher à l'ombre.", "水で優しく手洗いし、陰干ししてください。");

    public static readonly VillagePlan Plan = new("van-phuc", "VP",
        new("làng lụa Vạn Phúc", "Van Phuc silk village", "village de la soie de Van Phuc", "ヴァンフック絹村"),
        "Vạn Phúc, Hà Đông, Hà Nội, Việt Nam", "Tơ tằm Bảo Lộc (Lâm Đồng) / Bao Loc mulberry silk, Lam Dong",
        [
            new("Khăn lụa", "Scarves", "Foulards", "スカーフ"), new("Vải lụa", "Silk fabric by the metre", "Soie au mètre", "シルク生地（メートル売り）"),
            new("May mặc", "Garments", "Vêtements", "衣料品"), new("Phụ kiện", "Accessories", "Accessoires", "小物"),
        ],
        [
            new("Khăn lụa", "SCF", [new("Khăn lụa", "silk scarf", "Foulard en soie", "シルクスカーフ")], [MulberrySilk],
                [Jacquard, HandDyed, Gauze, Tussah], Patterns,
                [Cm("90×90 cm", 90, 90, 70, 420_000, "90"), Cm("50×180 cm", 180, 50, 80, 380_000, "180"), Cm("70×70 cm", 70, 70, 45, 290_000, "70")],
                20, 10, 20, "621410", "Hộp giấy từng chiếc, 50 chiếc một thùng / Individually boxed, 50 per carton", Washing, ColourVariants: true),
            new("Vải lụa", "FAB", [new("Vải lụa", "silk fabric", "Soie", "シルク生地")], [MulberrySilk], [Jacquard, Gauze, Tussah, HandDyed], Patterns,
                [new(new("khổ 90 cm", "90 cm wide", "laize 90 cm", "幅90cm"), null, 90, null, 60, 180_000, "90"),
                 new(new("khổ 114 cm", "114 cm wide", "laize 114 cm", "幅114cm"), null, 114, null, 75, 240_000, "114")],
                50, 10, 15, "500720", "Cuộn 50 m bọc nilon / Rolls of 50 m in polybags",
                new("Giá tính theo mét; đặt theo bội số 10 m.", "Priced per metre; ordered in multiples of 10 m.",
                    "Prix au mètre ; commande par multiples de 10 m.", "1メートル単位の価格、10メートル単位でご注文ください。"),
                Unit: UnitOfSale.Metre),
            new("May mặc", "AOD", [new("Áo dài lụa", "silk áo dài", "Áo dài en soie", "シルクのアオザイ")], [MulberrySilk], [Jacquard, HandDyed, Gauze], Patterns,
                [Unsized(130, 50, 350, 1_450_000)], 10, 5, 30, "620449", "Túi vải, móc treo / Garment bag on hanger", Washing,
                VariantSizes: ["S", "M", "L", "XL"]),
            new("May mặc", "SHI", [new("Áo sơ mi lụa", "silk shirt", "Chemise en soie", "シルクシャツ"), new("Váy suông lụa", "silk shift dress", "Robe droite en soie", "シルクワンピース")],
                [MulberrySilk], [HandDyed, Tussah, Jacquard], Patterns[..3], [Unsized(75, 50, 220, 850_000)], 10, 5, 25, "620610",
                "Gấp trong túi giấy / Folded in paper bags", Washing, VariantSizes: ["S", "M", "L"]),
            new("Phụ kiện", "ACC",
                [new("Cà vạt lụa", "silk tie", "Cravate en soie", "シルクネクタイ"), new("Ví cầm tay lụa", "silk clutch", "Pochette en soie", "シルククラッチ"),
                 new("Vỏ gối lụa", "silk cushion cover", "Housse de coussin en soie", "シルククッションカバー")],
                [MulberrySilk], [Jacquard, HandDyed], Patterns, [Unsized(45, 45, 90, 250_000)], 30, 10, 20, "621510",
                "Hộp 10 chiếc / Boxes of 10", Washing, ColourVariants: true),
        ],
        30);
}
