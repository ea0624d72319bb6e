namespace CraftMarket.Search.Glossary;

/// <summary>
/// The craft vocabulary every association starts with, and what the platform host uses across
/// villages: the words buyers and producers use for the same thing in Vietnamese, English, French
/// and Japanese. Associations edit their copy at /admin/search/glossary.
/// </summary>
internal static class DefaultGlossary
{
    public static readonly IReadOnlyList<IReadOnlyList<string>> Groups =
    [
        ["gốm", "gốm sứ", "ceramic", "ceramics", "pottery", "céramique", "陶器"],
        ["sứ", "porcelain", "porcelaine", "磁器"],
        ["lụa", "tơ tằm", "silk", "soie", "シルク"],
        ["men rạn", "crackle glaze", "craquelé"],
        ["men lam", "hoa lam", "blue and white", "bleu et blanc"],
        ["sơn mài", "lacquer", "lacquerware", "laque", "漆器"],
        ["mây tre", "mây", "tre", "rattan", "bamboo", "rotin", "bambou"],
        ["khăn", "khăn quàng", "scarf", "écharpe", "スカーフ"],
        ["bình", "lọ", "vase", "花瓶"],
        ["ấm chén", "bộ ấm", "tea set", "service à thé", "茶器"],
        ["bát", "bowl", "bol"],
        ["đĩa", "plate", "assiette"],
        ["cốc", "chén", "cup", "tasse"],
        ["chum", "vại", "jar", "jarre"],
        ["chậu", "pot", "planter"],
        ["tượng", "statue", "figurine"],
        ["gỗ", "wood", "wooden", "bois"],
        ["chạm khắc", "khắc", "carved", "carving", "sculpté"],
        ["bàn", "table"],
        ["ghế", "chair", "chaise"],
        ["tủ", "cabinet", "wardrobe", "armoire"],
        ["thêu", "embroidery", "embroidered", "broderie"],
        ["vải", "fabric", "cloth", "tissu"],
        ["khảm trai", "mother of pearl", "nacre"],
        ["đồng", "copper", "bronze", "cuivre"],
    ];
}
