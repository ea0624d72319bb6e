using CraftMarket.Insight.Features.Indicators;
using CraftMarket.Insight.Features.MemberPage;

namespace CraftMarket.Insight.Tests.MemberPage;

/// <summary>The member page's arithmetic on hand-made totals: one household's figures against the village average per member who had work.</summary>
public sealed class MemberComparisonTests
{
    private static readonly Period Year = new(new DateOnly(2025, 12, 8), new DateOnly(2026, 12, 7));
    private static readonly Guid Me = Guid.NewGuid();

    private static MemberTotals T(Guid id, int orders, int pieces, long value, long earned, long paid, int sampled, int defects) =>
        new(id, orders, pieces, value, earned, paid, sampled, defects);

    private static List<MemberTotals> Village() =>
    [
        T(Me, 2, 300, 6_000_000, 5_000_000, 4_850_000, 50, 1),
        T(Guid.NewGuid(), 1, 100, 2_000_000, 2_000_000, 1_940_000, 20, 2),
        T(Guid.NewGuid(), 4, 500, 10_000_000, 9_000_000, 8_730_000, 80, 8),
        T(Guid.NewGuid(), 3, 200, 4_000_000, 4_000_000, 3_880_000, 32, 0),
        T(Guid.NewGuid(), 1, 101, 2_000_001, 1_000_000, 0, 13, 3),
        // Paid this year for work given before it: not a member with work, so not in the average.
        T(Guid.NewGuid(), 0, 0, 0, 0, 5_000_000, 0, 0),
    ];

    [Fact]
    public void The_household_sees_its_own_figures_and_the_average_of_the_members_who_had_work()
    {
        var insight = MemberComparison.Compare(Me, Village(), [], Year, includesDemo: false);

        insight.Mine.ShouldBe(new MemberFigures(2, 300, 6_000_000, 5_000_000, 4_850_000, 50, 1, 0.02m));
        var v = insight.Village!;
        v.MembersWithWork.ShouldBe(5);
        v.WorkOrders.ShouldBe(2.2m);                      // 11 / 5
        v.Pieces.ShouldBe(240.2m);                        // 1 201 / 5
        v.WorkValueVnd.ShouldBe(4_800_000);               // 24 000 001 / 5 = 4 800 000.2, to the đồng
        v.EarnedVnd.ShouldBe(4_200_000);                  // 21 000 000 / 5
        v.PaidVnd.ShouldBe(3_880_000);                    // 19 400 000 / 5: the 5 000 000 paid to a member without work is left out
        v.DefectRatio.ShouldBe(0.0718m);                  // 14 defects in 195 sampled pieces, pooled
    }

    [Fact]
    public void A_household_without_work_gets_zeros_and_still_the_average()
    {
        var insight = MemberComparison.Compare(Guid.NewGuid(), Village(), [], Year, includesDemo: false);
        insight.Mine.ShouldBe(new MemberFigures(0, 0, 0, 0, 0, 0, 0, null));
        insight.Village!.MembersWithWork.ShouldBe(5);
        MemberSentences.Work(insight).ShouldContain("chưa nhận đơn việc nào");
        MemberSentences.Defects(insight).ShouldContain("Chưa có lần kiểm hàng nào");
    }

    [Fact]
    public void With_fewer_than_five_members_with_work_no_average_is_given_so_no_neighbour_can_be_worked_out()
    {
        var four = Village().Take(4).ToList();
        var insight = MemberComparison.Compare(Me, four, [], Year, includesDemo: false);
        insight.Village.ShouldBeNull();
        insight.Mine.WorkOrders.ShouldBe(2);
        MemberComparison.Average(Village()).ShouldNotBeNull();
    }

    [Fact]
    public void The_sentences_say_in_plain_Vietnamese_where_the_household_stands()
    {
        var insight = MemberComparison.Compare(Me, Village(), [new DefectTypeCount("glaze-run", 1)], Year, includesDemo: false);
        // 6 000 000 ₫ of work against 4 800 000 ₫: a quarter above the average.
        MemberSentences.Work(insight).ShouldBe("Bạn nhận được nhiều việc hơn mức trung bình của làng.");
        MemberSentences.Earned(insight).ShouldBe("Bạn làm ra nhiều tiền hơn mức trung bình của làng.");     // 5 000 000 against 4 200 000
        MemberSentences.Defects(insight).ShouldBe("Hàng của bạn ít lỗi hơn mức chung của làng. Rất tốt!"); // 2 % against 7.18 %

        var worse = MemberComparison.Compare(Me, [.. Village().Skip(1), T(Me, 1, 100, 2_000_000, 1_000_000, 0, 20, 5)],
            [new DefectTypeCount("glaze-run", 4), new DefectTypeCount("crack", 1)], Year, includesDemo: false);
        MemberSentences.Work(worse).ShouldStartWith("Bạn nhận ít việc hơn mức trung bình của làng.");
        MemberSentences.Defects(worse).ShouldContain("nhiều lỗi hơn mức chung");
        MemberSentences.Defects(worse).ShouldContain("Lỗi hay gặp nhất: Chảy men.");

        MemberSentences.Dong(4_800_000).ShouldBe("4.800.000 ₫");
        MemberSentences.Count(240.2m).ShouldBe("240,2");
        MemberSentences.Count(1_201).ShouldBe("1.201");
        MemberSentences.Percent(0.0718m).ShouldBe("7,2%");
    }

    [Theory]
    [InlineData(110, 100, 0)]
    [InlineData(111, 100, 1)]
    [InlineData(89, 100, -1)]
    [InlineData(90, 100, 0)]
    [InlineData(1, 0, 1)]
    [InlineData(0, 0, 0)]
    public void About_the_same_means_within_a_tenth_of_the_average(int mine, int average, int expected) =>
        MemberSentences.Compare(mine, average).ShouldBe(expected);
}
