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
        ["gốm", "gốm sứ", "ceramic", "ceramics", "pottery", "céramique", "陶器", "earthenware", "stoneware", "terracotta", "faïence", "grès"],
        ["sứ", "porcelain", "porcelaine", "磁器"],
        ["lụa", "tơ tằm", "silk", "soie", "シルク"],
        ["men rạn", "crackle glaze", "craquelé"],
        ["men lam", "hoa lam", "blue and white", "bleu et blanc"],
        ["sơn mài", "lacquer", "lacquerware", "laque", "漆器"],
        ["mây tre", "mây", "tre", "rattan", "bamboo", "rotin", "bambou"],
        ["khăn", "khăn quàng", "scarf", "écharpe", "スカーフ", "shawl", "stole", "pashmina", "châle", "étole", "ストール", "ショール"],
        ["bình", "lọ", "vase", "花瓶"],
        ["ấm chén", "bộ ấm", "tea set", "service à thé", "茶器"],
        ["bát", "bowl", "bol", "dinnerware", "tableware", "crockery", "食器"],
        ["đĩa", "plate", "assiette", "dinnerware", "tableware", "crockery", "食器"],
        ["cốc", "chén", "cup", "tasse", "mug", "teacup", "tea cup", "マグカップ", "dinnerware", "tableware", "crockery"],
        ["chum", "vại", "jar", "jarre"],
        ["chậu", "pot", "planter", "flowerpot", "flower pot", "jardinière", "植木鉢"],
        ["tượng", "statue", "figurine", "sculpture", "statuette", "置物"],
        ["gỗ", "wood", "wooden", "bois"],
        ["chạm khắc", "khắc", "carved", "carving", "sculpté"],
        ["bàn", "table", "furniture", "家具"],
        ["ghế", "chair", "chaise", "furniture", "家具"],
        ["tủ", "cabinet", "wardrobe", "armoire", "furniture", "家具"],
        ["giường", "sập", "bed", "daybed", "lit", "ベッド", "furniture", "家具"],
        ["thêu", "embroidery", "embroidered", "broderie"],
        ["vải", "fabric", "cloth", "tissu", "textile"],
        ["khảm trai", "mother of pearl", "nacre"],
        ["đồng", "copper", "bronze", "cuivre"],
        ["vỏ gối", "áo gối", "cushion cover", "pillowcase", "pillow case", "pillow cover", "pillowslip", "housse de coussin", "クッションカバー"],
        ["cà vạt", "tie", "necktie", "cravate", "ネクタイ"],
        ["đèn lồng", "lantern", "lanterne", "ランタン"],
        ["chăn", "blanket", "throw", "couverture"],
        ["khăn trải bàn", "tablecloth", "table cloth", "nappe", "テーブルクロス"],
        ["ga trải giường", "bedspread", "bed cover", "couvre-lit"],
        ["chân nến", "candleholder", "candle holder", "candlestick", "bougeoir"],
        ["hộp quà", "gift box", "giftbox", "coffret"],
    ];
}
