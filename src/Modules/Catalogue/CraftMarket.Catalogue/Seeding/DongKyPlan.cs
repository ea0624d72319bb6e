namespace CraftMarket.Catalogue.Seeding;

/// <summary>Dong Ky carved furniture: hand carving, openwork, mother-of-pearl inlay and lacquer on tropical woods.</summary>
internal static class DongKyPlan
{
    private static readonly Finish Carved = new(new("chạm khắc", "Hand-carved", "à décor sculpté", "手彫りの"),
        new("Chạm khắc thủ công", "Hand carving", "Sculpture à la main", "手彫り"),
        new("Hoa văn được thợ Đồng Kỵ chạm hoàn toàn bằng tay với đục và bạt.",
            "Dong Ky carvers cut every pattern by hand with chisels and gouges.",
            "Les sculpteurs de Dong Ky taillent chaque motif à la main, au ciseau et à la gouge.",
            "ドンキーの職人が、のみと彫刻刀ですべて手彫りしています。"), ["natural", "dark brown"], 1.0m);
    private static readonly Finish Pearl = new(new("khảm trai", "Mother-of-pearl inlaid", "à incrustations de nacre", "螺鈿の"),
        new("Khảm trai", "Mother-of-pearl inlay", "Incrustation de nacre", "螺鈿"),
        new("Từng mảnh xà cừ được cắt, khảm vào gỗ rồi mài phẳng bằng tay.",
            "Each piece of mother-of-pearl is cut, set into the wood and polished flush by hand.",
            "Chaque éclat de nacre est découpé, incrusté puis poncé à la main.",
            "貝片を一つずつ切り出して木にはめ込み、手で平らに磨き上げます。"), ["dark brown"], 1.4m);
    private static readonly Finish Openwork = new(new("chạm lộng", "Openwork-carved", "à décor ajouré", "透かし彫りの"),
        new("Chạm lộng", "Openwork carving", "Sculpture ajourée", "透かし彫り"),
        new("Chạm lộng khoét thủng nền gỗ để hoa văn nổi lên nhiều lớp.",
            "Openwork carving cuts through the wood so the pattern stands out in layers.",
            "La sculpture ajourée traverse le bois pour que le motif ressorte en plusieurs plans.",
            "透かし彫りは板を貫いて彫り、模様を幾重にも浮かび上がらせます。"), ["natural"], 1.3m);
    private static readonly Finish Lacquer = new(new("sơn mài", "Lacquered", "à finition laquée", "漆塗りの"),
        new("Sơn mài", "Lacquer", "Laque", "漆塗り"),
        new("Nhiều lớp sơn ta được phủ và mài xen kẽ trong nhiều tuần.",
            "Many coats of natural lacquer are applied and sanded in turn over several weeks.",
            "De nombreuses couches de laque naturelle sont appliquées et poncées tour à tour pendant des semaines.",
            "天然漆を何週間もかけて塗っては研ぎ、重ねていきます。"), ["black", "red lacquer"], 1.25m);

    private static readonly Words[] Motifs =
    [
        Words.None,
        new("rồng", "with dragons", "aux dragons", "龍"),
        new("tứ quý", "with four-seasons motif", "aux quatre saisons", "四季"),
        new("hoa sen", "with lotus", "au lotus", "蓮"),
        new("tùng hạc", "with pine and cranes", "aux pins et grues", "松鶴"),
    ];

    private static readonly Words[] Woods =
    [
        new("Gỗ gụ", "Gu wood (Sindora)", "Bois de gụ (Sindora)", "グー材"),
        new("Gỗ hương", "Padauk rosewood", "Bois de padouk", "パドウク材"),
        new("Gỗ mít", "Jackfruit wood", "Bois de jacquier", "ジャックフルーツ材"),
    ];

    private static Size Piece(string label, decimal l, decimal w, decimal h, int kg, long price, string code) =>
        Piece(Words.Same(label), l, w, h, kg, price, code);

    private static Size Piece(Words label, decimal l, decimal w, decimal h, int kg, long price, string code) =>
        new(label, l, w, h, kg * 1000, price, code);

    private static readonly Words Care = new("Lau bằng khăn khô; tránh nắng gắt trực tiếp.", "Wipe with a dry cloth; keep out of harsh direct sun.",
        "Essuyer avec un chiffon sec ; éviter le plein soleil.", "乾いた布で拭き、強い直射日光は避けてください。");
    private const string Crated = "Bọc màng PE, đóng khung gỗ hun trùng / PE-wrapped, fumigated wooden crate";

    public static readonly VillagePlan Plan = new("dong-ky", "DK",
        new("làng gỗ Đồng Kỵ", "Dong Ky woodcarving village", "village d'ébénistes de Dong Ky", "ドンキー木工村"),
        "Đồng Kỵ, Từ Sơn, Bắc Ninh, Việt Nam", "Gỗ có hồ sơ lâm sản hợp pháp (Lào, Nam Phi) / Legally sourced timber with forestry papers (Laos, South Africa)",
        [
            new("Bàn", "Tables", "Tables", "テーブル"), new("Ghế", "Chairs", "Chaises", "椅子"), new("Tủ", "Cabinets", "Armoires et buffets", "キャビネット"),
            new("Tượng gỗ", "Wood carvings", "Sculptures sur bois", "木彫り"), new("Giường", "Beds", "Lits", "ベッド"),
        ],
        [
            new("Bàn", "TAB", [new("Bàn trà", "tea table", "Table basse", "座卓"), new("Bàn ăn", "dining table", "Table de salle à manger", "ダイニングテーブル")],
                Woods, [Pearl, Carved, Lacquer], Motifs, [Piece("120 cm", 120, 60, 45, 35, 18_500_000, "120"), Piece("160 cm", 160, 90, 76, 60, 28_000_000, "160")],
                1, 1, 60, "940360", Crated, Care),
            new("Ghế", "CHA", [new("Ghế bành", "armchair", "Fauteuil", "アームチェア"), new("Ghế đôn", "drum stool", "Tabouret tambour", "丸椅子")],
                Woods, [Carved, Openwork, Pearl], Motifs, [Piece(new Words("cao 45 cm", "45 cm high", "hauteur 45 cm", "高さ45cm"), 45, 45, 45, 8, 2_200_000, "45"), Piece(new Words("cao 95 cm", "95 cm high", "hauteur 95 cm", "高さ95cm"), 65, 60, 95, 22, 6_500_000, "95")],
                2, 2, 45, "940169", Crated, Care),
            new("Tủ", "CAB", [new("Tủ chè", "low display cabinet", "Buffet bas", "茶箪笥"), new("Tủ thờ", "altar cabinet", "Meuble d'autel", "仏壇")],
                Woods, [Carved, Pearl, Lacquer], Motifs, [Piece("160 cm", 160, 45, 90, 85, 32_000_000, "160"), Piece("197 cm", 197, 55, 110, 120, 45_000_000, "197")],
                1, 1, 75, "940360", Crated, Care),
            new("Tượng gỗ", "CAR",
                [new("Tượng Di Lặc", "Maitreya statue", "Bouddha rieur", "弥勒像"), new("Tượng Quan Âm", "Guanyin statue", "Statue de Guanyin", "観音像"),
                 new("Tranh gỗ", "wood relief panel", "Panneau en bois", "木彫パネル")],
                Woods, [Carved, Lacquer, Openwork], Motifs[..4], [Piece("40 cm", 25, 20, 40, 4, 3_500_000, "40"), Piece("60 cm", 35, 30, 60, 9, 7_800_000, "60")],
                1, 1, 40, "442011", "Hộp gỗ lót xốp / Foam-lined wooden box", Care),
            new("Giường", "BED", [new("Giường ngủ", "bed", "Lit", "ベッド"), new("Sập", "daybed (sập)", "Lit de repos (sập)", "寝台（サップ）")],
                Woods, [Carved, Pearl], Motifs, [Piece(new Words("1,6 m", "1.6 m", "1,6 m", "1.6m"), 200, 160, 110, 140, 24_000_000, "160"), Piece(new Words("1,8 m", "1.8 m", "1,8 m", "1.8m"), 200, 180, 110, 160, 29_000_000, "180")],
                1, 1, 90, "940350", Crated, Care),
        ],
        20);
}
