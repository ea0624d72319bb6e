using System.Collections.Frozen;

namespace CraftMarket.Tenancy.Contracts;

/// <summary>
/// One of Vietnam's 34 provincial-level units since 1 July 2025 (National Assembly Resolution
/// 202/2025/QH15 on the arrangement of provincial-level administrative units: 6 centrally-run
/// cities and 28 provinces), with its Vietnamese name and the English one. <see cref="Code"/> is the
/// Vietnamese name without marks, as used in links (<c>?province=bac-ninh</c>).
/// </summary>
public sealed record Province(string Code, string NameVi, string NameEn)
{
    /// <summary>In the order of the resolution's list: the six cities first, then the provinces north to south.</summary>
    public static readonly IReadOnlyList<Province> All =
    [
        new("ha-noi", "Hà Nội", "Hanoi"),
        new("hue", "Huế", "Hue"),
        new("hai-phong", "Hải Phòng", "Hai Phong"),
        new("da-nang", "Đà Nẵng", "Da Nang"),
        new("ho-chi-minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"),
        new("can-tho", "Cần Thơ", "Can Tho"),
        new("tuyen-quang", "Tuyên Quang", "Tuyen Quang"),
        new("cao-bang", "Cao Bằng", "Cao Bang"),
        new("lai-chau", "Lai Châu", "Lai Chau"),
        new("lao-cai", "Lào Cai", "Lao Cai"),
        new("thai-nguyen", "Thái Nguyên", "Thai Nguyen"),
        new("dien-bien", "Điện Biên", "Dien Bien"),
        new("lang-son", "Lạng Sơn", "Lang Son"),
        new("son-la", "Sơn La", "Son La"),
        new("phu-tho", "Phú Thọ", "Phu Tho"),
        new("bac-ninh", "Bắc Ninh", "Bac Ninh"),
        new("quang-ninh", "Quảng Ninh", "Quang Ninh"),
        new("hung-yen", "Hưng Yên", "Hung Yen"),
        new("ninh-binh", "Ninh Bình", "Ninh Binh"),
        new("thanh-hoa", "Thanh Hóa", "Thanh Hoa"),
        new("nghe-an", "Nghệ An", "Nghe An"),
        new("ha-tinh", "Hà Tĩnh", "Ha Tinh"),
        new("quang-tri", "Quảng Trị", "Quang Tri"),
        new("quang-ngai", "Quảng Ngãi", "Quang Ngai"),
        new("gia-lai", "Gia Lai", "Gia Lai"),
        new("khanh-hoa", "Khánh Hòa", "Khanh Hoa"),
        new("lam-dong", "Lâm Đồng", "Lam Dong"),
        new("dak-lak", "Đắk Lắk", "Dak Lak"),
        new("dong-nai", "Đồng Nai", "Dong Nai"),
        new("tay-ninh", "Tây Ninh", "Tay Ninh"),
        new("vinh-long", "Vĩnh Long", "Vinh Long"),
        new("dong-thap", "Đồng Tháp", "Dong Thap"),
        new("ca-mau", "Cà Mau", "Ca Mau"),
        new("an-giang", "An Giang", "An Giang"),
    ];

    private static readonly FrozenDictionary<string, Province> ByCode = All.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);

    public static Province? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var p) ? p : null;

    /// <summary>The name a reader of <paramref name="language"/> reads: Vietnamese for vi, the English name otherwise (as foreign maps print them).</summary>
    public string NameIn(string language) => language == "vi" ? NameVi : NameEn;
}

/// <summary>
/// The craft a village is known for: a fixed list, named in the platform's four languages, so buyers
/// can browse villages by craft (<c>?craft=silk</c>).
/// </summary>
public sealed record Craft(string Code, string NameVi, string NameEn, string NameFr, string NameJa)
{
    public static readonly IReadOnlyList<Craft> All =
    [
        new("ceramics", "Gốm sứ", "Ceramics", "Céramique", "陶磁器"),
        new("silk", "Lụa tơ tằm", "Silk", "Soie", "絹織物"),
        new("weaving", "Dệt vải, thổ cẩm", "Weaving and brocade", "Tissage et brocart", "織物・錦"),
        new("embroidery", "Thêu ren", "Embroidery and lace", "Broderie et dentelle", "刺繍・レース"),
        new("lacquer", "Sơn mài", "Lacquer", "Laque", "漆芸"),
        new("wood-carving", "Chạm khắc gỗ", "Wood carving", "Sculpture sur bois", "木彫"),
        new("bamboo-rattan", "Mây tre đan", "Bamboo and rattan", "Bambou et rotin", "竹・籐細工"),
        new("sedge-mats", "Chiếu cói", "Sedge mats", "Nattes de jonc", "い草のござ"),
        new("conical-hats", "Nón lá", "Conical hats", "Chapeaux coniques", "ノンラー（笠）"),
        new("paper", "Giấy dó", "Dó paper", "Papier dó", "ゾー紙"),
        new("folk-paintings", "Tranh dân gian", "Folk paintings", "Estampes populaires", "民画"),
        new("bronze-casting", "Đúc đồng", "Bronze casting", "Fonte du bronze", "青銅鋳造"),
        new("silver", "Chạm bạc", "Silverwork", "Orfèvrerie d'argent", "銀細工"),
        new("blacksmithing", "Rèn", "Blacksmithing", "Forge", "鍛冶"),
        new("stone-carving", "Chạm khắc đá", "Stone carving", "Sculpture sur pierre", "石彫"),
        new("pearl-inlay", "Khảm trai", "Mother-of-pearl inlay", "Incrustation de nacre", "螺鈿"),
        new("incense", "Hương", "Incense", "Encens", "線香"),
        new("food", "Thực phẩm truyền thống", "Traditional food", "Produits alimentaires traditionnels", "伝統食品"),
        new("other", "Nghề khác", "Other crafts", "Autres métiers", "その他の工芸"),
    ];

    private static readonly FrozenDictionary<string, Craft> ByCode = All.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    public static Craft? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var c) ? c : null;

    public string NameIn(string language) => language switch { "vi" => NameVi, "fr" => NameFr, "ja" => NameJa, _ => NameEn };
}
