using CraftMarket.QualityMarks.Domain;

namespace CraftMarket.QualityMarks.Seeding;

/// <summary>The demo villages' marks: what each certifies and the criteria an inspector checks.</summary>
internal static class DemoSchemes
{
    public sealed record Plan(string Code, string NumberPrefix, Translations Name, Translations Description, IReadOnlyList<Criterion> Criteria,
        IReadOnlyList<Criterion> AddedInVersion2);

    private static Criterion C(string key, CriterionKind kind, Translations text, Translations how) => new(key, text, kind, how);

    public static readonly Plan BatTrang = new("gom-bat-trang", "BT-GBT",
        new("Gốm Bát Tràng chính hiệu", "Genuine Bat Trang Ceramics", "Céramique authentique de Bat Trang", "正真正銘のバッチャン焼"),
        new("Dấu của Hiệp hội Gốm sứ Bát Tràng cho sản phẩm làm tại làng, từ đất và men theo nghề truyền thống, do hội viên sản xuất.",
            "The Bat Trang Ceramics Association's mark for pieces made in the village by its members, from the village's clay and glazes in the traditional way.",
            "La marque de l'Association de céramique de Bat Trang pour les pièces faites au village par ses membres, avec l'argile et les émaux du village, selon la tradition.",
            "バッチャン陶磁器協会の会員が、村の土と釉薬を使い伝統の技法で村内で作った製品に与えるマークです。"),
        [
            C("clay-origin", CriterionKind.RawMaterialOrigin,
                new("Xương gốm từ đất sét trắng Trúc Thôn hoặc đất Bát Tràng, pha chế tại làng", "Body of Truc Thon white clay or Bat Trang clay, prepared in the village",
                    "Corps en argile blanche de Truc Thon ou argile de Bat Trang, préparée au village", "チュックトン白土またはバッチャン土を村で調合した素地"),
                new("Hóa đơn mua đất, kiểm tra bể lọc đất tại xưởng", "Clay purchase invoices; the clay-settling tanks seen at the workshop",
                    "Factures d'achat d'argile ; bassins de décantation vus à l'atelier", "土の購入伝票と工房の精製槽を確認")),
            C("traditional-glaze", CriterionKind.Technique,
                new("Men truyền thống (men rạn, men lam, men ngọc, men nâu, men hoa biến) pha và tráng tại làng", "Traditional glaze (crackle, blue-and-white, celadon, brown, flambé) mixed and applied in the village",
                    "Émail traditionnel (craquelé, bleu et blanc, céladon, brun, flammé) préparé et posé au village", "伝統釉（貫入、染付、青磁、褐釉、窯変）を村で調合・施釉"),
                new("Quan sát pha men và tráng men; đối chiếu mẫu men của hội", "Glaze mixing and glazing watched; compared with the association's glaze samples",
                    "Préparation et pose de l'émail observées ; comparaison avec les échantillons de l'association", "調合と施釉を立ち会い、協会の釉見本と照合")),
            C("made-by-member", CriterionKind.MadeInVillageByMember,
                new("Tạo hình, nung và hoàn thiện tại xưởng của hội viên trong làng Bát Tràng", "Shaped, fired and finished at a member's workshop in Bat Trang",
                    "Façonnée, cuite et finie dans l'atelier d'un membre à Bat Trang", "バッチャン村内の会員の工房で成形・焼成・仕上げ"),
                new("Thăm xưởng, lò nung; dấu hộ sản xuất dưới đáy sản phẩm", "Workshop and kiln visited; the maker's stamp under the base",
                    "Visite de l'atelier et du four ; cachet du producteur sous la base", "工房と窯を訪問し、底の工房印を確認")),
            C("product-standard", CriterionKind.ProductStandard,
                new("Mẫu 20 sản phẩm: không nứt, không lỗ khí lộ, men phủ đều; tối đa 2 lỗi nhẹ", "Sample of 20 pieces: no cracks, no open pinholes, even glaze; at most 2 minor defects",
                    "Échantillon de 20 pièces : ni fêlure, ni bulle ouverte, émail régulier ; 2 défauts mineurs au plus", "20点の抜き取り：ひび・露出した気泡なし、釉むらなし、軽微な欠点は2点まで"),
                new("Kiểm tra mẫu ngẫu nhiên tại kho", "Random sample checked at the store room", "Échantillon aléatoire contrôlé en réserve", "倉庫で無作為抽出して検査")),
            C("documents", CriterionKind.DocumentRequired,
                new("Sổ theo dõi mẻ nung và hóa đơn nguyên liệu 6 tháng gần nhất", "Kiln log and raw-material invoices for the last 6 months",
                    "Registre des cuissons et factures de matières des 6 derniers mois", "直近6か月の焼成記録と原料伝票"),
                new("Đối chiếu sổ mẻ nung với số lượng bán ra", "Kiln log compared with quantities sold", "Registre des cuissons comparé aux quantités vendues", "焼成記録と販売数量を照合")),
        ],
        [
            C("lead-free", CriterionKind.ProductStandard,
                new("Men tiếp xúc thực phẩm không chì, không cadimi (đồ dùng ăn uống)", "Lead- and cadmium-free glaze on food-contact surfaces (tableware)",
                    "Émail sans plomb ni cadmium au contact des aliments (vaisselle)", "食器の食品接触面は鉛・カドミウム不使用の釉"),
                new("Phiếu thử nghiệm của phòng thí nghiệm được công nhận, dưới 12 tháng", "Report from an accredited laboratory, less than 12 months old",
                    "Rapport d'un laboratoire accrédité de moins de 12 mois", "認定試験所の12か月以内の試験成績書")),
        ]);

    public static readonly Plan VanPhuc = new("lua-van-phuc", "VP-LVP",
        new("Lụa Vạn Phúc - tơ tằm làng nghề", "Van Phuc Silk - village silk origin", "Soie de Van Phuc - origine du village", "ヴァンフック・シルク（村の生糸）"),
        new("Dấu của Hiệp hội Làng nghề Dệt lụa Vạn Phúc cho lụa dệt tại làng từ tơ tằm của các nhà cung cấp tơ đã đăng ký với hội.",
            "The Van Phuc Silk Weaving Association's mark for silk woven in the village from raw silk bought from the association's registered suppliers.",
            "La marque de l'Association des tisserands de Van Phuc pour la soie tissée au village avec la soie grège des fournisseurs agréés par l'association.",
            "ヴァンフック絹織物協会に登録された生糸業者の生糸で、村内で織られた絹に与えるマークです。"),
        [
            C("silk-origin", CriterionKind.RawMaterialOrigin,
                new("Tơ tằm 100% mua từ nhà cung cấp tơ đã đăng ký với hội", "100% raw silk bought from a supplier registered with the association",
                    "Soie grège 100 % achetée à un fournisseur agréé par l'association", "協会登録業者から購入した生糸100%"),
                new("Hóa đơn tơ khớp với sổ nhà cung cấp của hội; thử đốt sợi", "Silk invoices matched with the association's supplier register; burn test of the yarn",
                    "Factures de soie rapprochées du registre des fournisseurs ; test de combustion du fil", "生糸伝票を協会の業者台帳と照合し、糸の燃焼試験")),
            C("weaving", CriterionKind.Technique,
                new("Dệt trên khung dệt tại làng (lụa vân, lụa trơn, the, đũi)", "Woven on looms in the village (patterned van silk, plain silk, gauze, shantung)",
                    "Tissée sur des métiers au village (soie van à motifs, unie, gaze, shantung)", "村内の織機で製織（紋織、無地、紗、紬）"),
                new("Thăm xưởng dệt; đối chiếu mẫu vải", "Weaving shop visited; fabric compared with samples", "Visite de l'atelier ; tissu comparé aux échantillons", "織場を訪問し、生地見本と照合")),
            C("made-by-member", CriterionKind.MadeInVillageByMember,
                new("Dệt và hoàn thiện bởi hội viên tại Vạn Phúc", "Woven and finished by a member in Van Phuc", "Tissée et finie par un membre à Van Phuc", "ヴァンフックの会員が製織・仕上げ"),
                new("Sổ hội viên; nhãn dệt của hộ", "Membership register; the household's woven label", "Registre des membres ; étiquette tissée du foyer", "会員名簿と工房の織りネームを確認")),
            C("product-standard", CriterionKind.ProductStandard,
                new("Độ bền màu khi giặt đạt cấp 4; không lỗi sợi trên mẫu 10 mét", "Colourfastness to washing grade 4; no yarn faults in a 10-metre sample",
                    "Solidité au lavage de niveau 4 ; aucun défaut de fil sur 10 mètres", "洗濯堅ろう度4級、10m見本に糸欠点なし"),
                new("Thử giặt mẫu; kiểm tra trên bàn soi", "Wash test of a sample; inspected on a light table", "Test de lavage ; contrôle sur table lumineuse", "洗濯試験とライトテーブルでの検査")),
        ],
        []);
}
