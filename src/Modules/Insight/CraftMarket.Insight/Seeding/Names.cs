namespace CraftMarket.Insight.Seeding;

/// <summary>Made-up Vietnamese names for the generated members (demo only; real members come from the Members module).</summary>
internal static class Names
{
    private static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Phan", "Đinh", "Tô"];
    private static readonly string[] Middles = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Thu", "Ngọc", "Quang"];
    private static readonly string[] Given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Xuân", "Yến"];
    private static readonly string[] Places = ["Giang Cao", "Kim Lan", "Đa Tốn", "Văn Đức", "Đông Dư", "Phù Lưu", "Vạn Phúc", "Đồng Kỵ"];

    public static string Household(Random random) =>
        $"Hộ {Families[random.Next(Families.Length)]} {Middles[random.Next(Middles.Length)]} {Given[random.Next(Given.Length)]}";

    public static string Enterprise(Random random, string craft) => $"Công ty TNHH {craft} {Families[random.Next(Families.Length)]} {Given[random.Next(Given.Length)]}";

    public static string Place(Random random) => Places[random.Next(Places.Length)];
}
