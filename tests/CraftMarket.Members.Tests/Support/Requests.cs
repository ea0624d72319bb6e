namespace CraftMarket.Members.Tests.Support;

/// <summary>Request bodies as a client would send them (plain JSON shapes, not the module's types).</summary>
public static class Requests
{
    public static object Household(string phone, string name = "Hộ gốm Thử Nghiệm", bool canSign = false, object? privacy = null) => new
    {
        kind = "Household",
        displayName = name,
        representativeName = "Nguyễn Văn Thử",
        phone,
        commune = "Bát Tràng, Gia Lâm, Hà Nội",
        address = "Xóm 1",
        crafts = new[] { "men rạn", "bình hoa" },
        equipment = new[] { new { name = "lò gas", count = 2 } },
        capacities = new[] { new { category = "bình hoa", quantity = 500, unit = "chiếc" } },
        languages = new[] { "vi" },
        canSignContracts = canSign,
        privacy = privacy ?? new { representativePublic = true, phonePublic = false, addressPublic = false, capacityPublic = true, equipmentPublic = false },
    };

    public static object Enterprise(string phone, string name = "Công ty Gốm Thử") => new
    {
        kind = "Enterprise",
        displayName = name,
        representativeName = "Lê Thị Thử",
        phone,
        commune = "Bát Tràng, Gia Lâm, Hà Nội",
        crafts = new[] { "bộ ấm chén" },
        canSignContracts = true,
    };
}
