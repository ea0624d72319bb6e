namespace CraftMarket.Catalogue.Features.Lifecycle;

/// <summary>What the maker households are told about their product's review, in Vietnamese (ADR 0068).</summary>
internal static class MakerNotices
{
    public const string WaitingTitle = "Sản phẩm đang chờ dịch";
    public const string PublishedTitle = "Sản phẩm đã được đăng";

    public static string Waiting(string name) =>
        $"Hiệp hội đã nhận sản phẩm «{name}». Hiệp hội sẽ dịch sang tiếng Anh rồi duyệt; bạn không cần viết tiếng Anh.";

    public static string Published(string name) =>
        $"Sản phẩm «{name}» đã được hiệp hội duyệt và đăng lên danh mục cho người mua.";
}
