using CraftMarket.SharedKernel.Lists;

namespace CraftMarket.SharedKernel.Tests;

public sealed class PagingTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(10_000, 100)]
    public void Pages_within_bounds_pass(int page, int size) => Paging.Check(page, size).ShouldBeNull();

    [Theory]
    [InlineData(0, 20, "page")]
    [InlineData(10_001, 20, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, 101, "pageSize")]
    public void An_api_refuses_a_page_out_of_bounds_naming_the_parameter(int page, int size, string field) =>
        Paging.Check(page, size)!.Fields!.Keys.ShouldBe([field]);

    [Fact]
    public void Both_problems_are_reported_at_once() =>
        Paging.Check(-1, 1_000)!.Fields!.Keys.ShouldBe(["page", "pageSize"], ignoreOrder: true);

    [Fact]
    public void A_list_with_tighter_bounds_passes_them_and_they_are_named_in_the_message()
    {
        var errors = new Dictionary<string, string[]> { ["q"] = ["too long"] };
        Paging.Check(201, 51, errors, maxPage: 200, maxPageSize: 50);
        errors.Keys.ShouldBe(["q", "page", "pageSize"], ignoreOrder: true);
        errors["pageSize"][0].ShouldContain("50");
    }

    [Theory]
    [InlineData(-5, 0, 1, 1)]
    [InlineData(int.MaxValue, int.MaxValue, 10_000, 100)]
    [InlineData(3, 20, 3, 20)]
    public void A_page_clamps_what_a_person_typed_into_the_address(int page, int size, int clampedPage, int clampedSize) =>
        Paging.Clamp(page, size).ShouldBe((clampedPage, clampedSize));

    [Fact]
    public void The_last_page_skips_without_overflow()
    {
        var (page, size) = Paging.Clamp(int.MaxValue, int.MaxValue);
        Paging.Skip(page, size).ShouldBe(999_900);
    }
}
