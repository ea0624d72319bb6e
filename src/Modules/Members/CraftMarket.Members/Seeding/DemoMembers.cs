using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;

namespace CraftMarket.Members.Seeding;

/// <summary>Fictional members modelled on the real clusters (see DOMAIN.md). Phone numbers are made up.</summary>
internal static class DemoMembers
{
    private const string BatTrang = "Bát Tràng, Gia Lâm, Hà Nội";
    private const string VanPhuc = "Vạn Phúc, Hà Đông, Hà Nội";
    private const string DongKy = "Đồng Kỵ, Từ Sơn, Bắc Ninh";

    private static readonly PrivacyChoices Open = new(true, true, true, true, true);
    private static readonly PrivacyChoices Guarded = new(true, false, false, true, false);

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<MemberProfile>> BySlug =
        new Dictionary<string, IReadOnlyList<MemberProfile>>
        {
            ["bat-trang"] =
            [
                M(MemberKind.Enterprise, "Công ty TNHH Gốm sứ Minh Hải", "Lê Minh Hải", "0912 345 601", BatTrang, "Xóm 3, thôn Bát Tràng",
                    ["bình hoa", "bộ ấm chén", "men rạn"], [("lò gas", 6), ("lò điện", 2)],
                    [("bình hoa", 4000, "chiếc"), ("bộ ấm chén", 1500, "bộ")], canSign: true, Open, "vi", "en", "ja"),
                M(MemberKind.Household, "Hộ gốm Nguyễn Văn Tám", "Nguyễn Văn Tám", "0983 210 452", BatTrang, "Ngõ 12, Giang Cao",
                    ["bát đĩa", "men lam"], [("lò gas", 2)], [("bát", 3000, "chiếc"), ("đĩa", 2000, "chiếc")], canSign: false, Guarded),
                M(MemberKind.Household, "Gốm men rạn Phạm Thị Lan", "Phạm Thị Lan", "0904 118 273", BatTrang, "Thôn Giang Cao",
                    ["men rạn", "lọ hoa"], [("lò gas", 1)], [("lọ hoa", 800, "chiếc")], canSign: false, Guarded),
                M(MemberKind.Household, "Xưởng Trần Đức Thịnh", "Trần Đức Thịnh", "0978 554 019", BatTrang, "Xóm 5, thôn Bát Tràng",
                    ["chậu cây", "tượng sân vườn"], [("lò gas", 2), ("bàn xoay", 3)], [("chậu cây", 1200, "chiếc")], canSign: false, Open),
                M(MemberKind.Household, "Hộ Vũ Thị Hoa", "Vũ Thị Hoa", "0945 602 338", BatTrang, "Thôn Kim Lan",
                    ["cốc", "chén", "men lam"], [("lò điện", 1)], [("cốc", 1500, "chiếc")], canSign: false, PrivacyChoices.Private),
                M(MemberKind.Cooperative, "HTX Gốm Bát Tràng Xanh", "Đỗ Quang Vinh", "0936 771 204", BatTrang, "Đường Bát Tràng",
                    ["bộ ấm chén", "bình hoa", "men lam"], [("lò gas", 10)],
                    [("bộ ấm chén", 2500, "bộ"), ("bình hoa", 3000, "chiếc")], canSign: true, Open, "vi", "en"),
            ],
            ["van-phuc"] =
            [
                M(MemberKind.Enterprise, "Công ty CP Lụa Vạn Phúc Hà Đông", "Triệu Văn Mạnh", "0913 442 118", VanPhuc, "Số 8, phố Vạn Phúc",
                    ["lụa tơ tằm", "khăn lụa", "áo dài"], [("máy dệt điện", 24)],
                    [("vải lụa", 12000, "mét"), ("khăn lụa", 2000, "chiếc")], canSign: true, Open, "vi", "en", "zh"),
                M(MemberKind.Household, "Hộ dệt Nguyễn Thị Mai", "Nguyễn Thị Mai", "0968 230 571", VanPhuc, "Ngõ 2, Vạn Phúc",
                    ["lụa tơ tằm", "vân hoa"], [("máy dệt điện", 6)], [("vải lụa", 2400, "mét")], canSign: false, Guarded),
                M(MemberKind.Household, "Hộ Hoàng Văn Đức", "Hoàng Văn Đức", "0987 615 390", VanPhuc, "Tổ 4, Vạn Phúc",
                    ["the", "đũi"], [("máy dệt điện", 4)], [("vải đũi", 1500, "mét")], canSign: false, Open),
                M(MemberKind.Household, "Khăn lụa Bùi Thị Hằng", "Bùi Thị Hằng", "0919 847 062", VanPhuc, "Ngõ 7, Vạn Phúc",
                    ["khăn lụa", "phụ kiện"], [("máy may", 3)], [("khăn lụa", 900, "chiếc")], canSign: false, Guarded),
                M(MemberKind.Household, "Hộ dệt Lê Văn Cường", "Lê Văn Cường", "0972 308 415", VanPhuc, "Tổ 9, Vạn Phúc",
                    ["lụa tơ tằm"], [("máy dệt điện", 8)], [("vải lụa", 3200, "mét")], canSign: false, PrivacyChoices.Private),
            ],
            ["dong-ky"] =
            [
                M(MemberKind.Enterprise, "Công ty TNHH Đồ gỗ Mỹ nghệ Đồng Kỵ", "Nguyễn Văn Hùng", "0915 660 284", DongKy, "Khu phố Đồng Kỵ",
                    ["tủ chạm khắc", "sập gụ", "bàn ghế"], [("máy CNC", 4), ("lò sấy gỗ", 2)],
                    [("bộ bàn ghế", 60, "bộ"), ("tủ", 40, "chiếc")], canSign: true, Open, "vi", "en", "zh"),
                M(MemberKind.Household, "Xưởng chạm Đỗ Văn Lực", "Đỗ Văn Lực", "0982 417 630", DongKy, "Xóm Đông, Đồng Kỵ",
                    ["chạm khắc", "tượng gỗ"], [("bàn chạm", 5)], [("tượng gỗ", 30, "chiếc")], canSign: false, Guarded),
                M(MemberKind.Household, "Hộ Nguyễn Thị Thu", "Nguyễn Thị Thu", "0946 583 127", DongKy, "Xóm Tây, Đồng Kỵ",
                    ["sơn thếp", "hoàn thiện"], [("buồng phun sơn", 1)], [("bộ bàn ghế", 20, "bộ")], canSign: false, Open),
                M(MemberKind.Household, "Hộ mộc Trịnh Văn Sơn", "Trịnh Văn Sơn", "0963 192 845", DongKy, "Xóm Giữa, Đồng Kỵ",
                    ["bàn ghế", "giường"], [("máy cưa", 2), ("máy bào", 2)], [("giường", 15, "chiếc")], canSign: false, Guarded),
                M(MemberKind.Cooperative, "HTX Mộc Đồng Kỵ", "Ngô Văn Thành", "0917 350 648", DongKy, "Chợ gỗ Đồng Kỵ",
                    ["sập gụ", "tủ chè", "chạm khắc"], [("máy CNC", 2)], [("tủ", 25, "chiếc")], canSign: true, Open, "vi", "en"),
            ],
        };

    private static MemberProfile M(MemberKind kind, string name, string representative, string phone, string commune, string address,
        string[] crafts, (string Name, int Count)[] equipment, (string Category, int Quantity, string Unit)[] capacities,
        bool canSign, PrivacyChoices privacy, params string[] languages) =>
        new(kind, name, representative, phone, commune, address, crafts,
            [.. equipment.Select(e => new Equipment(e.Name, e.Count))],
            [.. capacities.Select(c => new MonthlyCapacity(c.Category, c.Quantity, c.Unit))],
            languages.Length > 0 ? languages : ["vi"], canSign, privacy);
}
