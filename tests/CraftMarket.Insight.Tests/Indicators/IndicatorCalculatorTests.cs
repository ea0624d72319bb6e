using CraftMarket.Insight.Features.Indicators;
using CraftMarket.SharedKernel.Monetary;
using static CraftMarket.Insight.Tests.Indicators.Facts;

namespace CraftMarket.Insight.Tests.Indicators;

/// <summary>Each indicator's arithmetic on hand-made facts (March 2025, Vietnam dates), figures worked out by hand.</summary>
public sealed class IndicatorCalculatorTests
{
    private static readonly DateOnly Today = Day(6, 1);

    [Fact]
    public void Gini_is_zero_for_equal_shares_and_three_quarters_when_one_of_four_has_everything()
    {
        IndicatorCalculator.Gini([1, 1, 1, 1]).ShouldBe(0m);
        IndicatorCalculator.Gini([0, 0, 0, 10]).ShouldBe(0.75m);
        IndicatorCalculator.Gini([4, 1, 3, 2]).ShouldBe(0.25m);
        IndicatorCalculator.Gini([7]).ShouldBe(0m);
        IndicatorCalculator.Gini([]).ShouldBeNull();
        IndicatorCalculator.Gini([0, 0]).ShouldBeNull();
        Should.Throw<ArgumentOutOfRangeException>(() => IndicatorCalculator.Gini([1, -1]));
    }

    [Fact]
    public void Top5_share_is_what_the_five_largest_hold()
    {
        IndicatorCalculator.TopShare([10, 10, 10, 10, 10, 50]).ShouldBe(0.9m);
        IndicatorCalculator.TopShare([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]).ShouldBe(0.5m);
        IndicatorCalculator.TopShare([3, 1]).ShouldBe(1m);
        IndicatorCalculator.TopShare([1, 1, 1]).ShouldBe(1m);
        IndicatorCalculator.TopShare([0, 0]).ShouldBeNull();
    }

    [Fact]
    public void Median_takes_the_middle_or_the_mean_of_the_middle_two()
    {
        IndicatorCalculator.Median([3m, 1m, 2m]).ShouldBe(2m);
        IndicatorCalculator.Median([4m, 1m, 2m, 3m]).ShouldBe(2.5m);
        IndicatorCalculator.Median([]).ShouldBeNull();
        IndicatorCalculator.Ratio(1, 3).ShouldBe(0.3333m);
        IndicatorCalculator.Ratio(2, 3).ShouldBe(0.6667m);
        IndicatorCalculator.Ratio(1, 0).ShouldBeNull();
    }

    [Fact]
    public void Leads_count_inquiries_of_the_period_by_source_with_the_median_hours_to_the_first_answer()
    {
        var leads = IndicatorCalculator.Leads([
            Inquiry(At(3, 2, 9), "Village", answered: At(3, 2, 11)),                // 2 h
            Inquiry(At(3, 10, 9), "CrossVillage", answered: At(3, 10, 14)),         // 5 h
            Inquiry(At(3, 31, 23, 30), "Village"),                                  // last evening of March in Vietnam: in, unanswered
            Inquiry(At(4, 1, 0, 10), "Direct", answered: At(4, 1, 1)),              // April in Vietnam, still March 31 in UTC: out
            Inquiry(At(2, 28, 23), "Direct", answered: At(3, 1, 1)),                // February: out
        ], March);

        leads.Inquiries.ShouldBe(3);
        leads.BySource.ShouldBe([new SourceCount("Village", 2), new SourceCount("CrossVillage", 1)]);
        leads.Answered.ShouldBe(2);
        leads.MedianHoursToFirstResponse.ShouldBe(3.5m);
    }

    [Fact]
    public void Quote_conversion_is_accepted_over_quoted_among_the_periods_inquiries()
    {
        var conversion = IndicatorCalculator.QuoteConversion([
            Inquiry(At(3, 1), quoted: At(3, 2), accepted: At(3, 9)),
            Inquiry(At(3, 3), quoted: At(3, 4)),
            Inquiry(At(3, 5)),
            Inquiry(At(3, 6)),
            Inquiry(At(2, 6), quoted: At(2, 7), accepted: At(3, 7)),   // submitted in February: February's
        ], March);

        conversion.ShouldBe(new QuoteConversion(4, 2, 1, 0.5m));
    }

    [Fact]
    public void Order_value_sums_the_periods_orders_in_dong_and_converts_once_at_the_display_rate()
    {
        var orders = new[]
        {
            Order(At(3, 3), 100_000_000), Order(At(3, 20), 25_500_000),
            Order(At(3, 21), 999_000_000, cancelled: true), Order(At(4, 2), 50_000_000),
        };
        var usd = new ExchangeRate(Currency.VND, Currency.USD, 0.0000392m, Day(3, 1));

        var value = IndicatorCalculator.OrderValue(orders, March, usd);

        value.Orders.ShouldBe(2);
        value.Vnd.ShouldBe(Money.Of(125_500_000, Currency.VND));
        value.InCurrency.ShouldBe(new Money(491_960, Currency.USD));   // 125 500 000 × 0.0000392 = 4 919.60
        IndicatorCalculator.OrderValue(orders, March, null).InCurrency.ShouldBeNull();
    }

    [Fact]
    public void Participation_is_the_share_of_members_and_of_households_with_work_in_the_12_months_to_the_end()
    {
        Period january = new(Day(1, 1), Day(1, 31));
        var members = new[]
        {
            Member(1), Member(2, household: false), Member(3), Member(4, left: At(1, 20)),
        };
        var work = new[]
        {
            Work(1, At(2, 10, year: 2024), 1_000),    // inside the 12 months to 31 Jan 2025
            Work(2, At(1, 31, year: 2024), 1_000),    // one day before the window
            Work(4, At(1, 5), 1_000),                 // left before the end: not counted
            Work(3, At(1, 6), 1_000, cancelled: true),
        };

        var share = IndicatorCalculator.ExportParticipation(members, work, january);

        share.ShouldBe(new ExportParticipation(3, 1, 0.3333m, 2, 1, 0.5m));
        IndicatorCalculator.ParticipationStart(january).ShouldBe(Day(2, 1, 2024));
    }

    [Fact]
    public void Fairness_spreads_the_periods_work_over_every_member_belonging_and_counts_who_was_never_offered_any()
    {
        var members = new[] { Member(1), Member(2), Member(3), Member(4), Member(5, joined: At(4, 5)) };
        var work = new[]
        {
            Work(1, At(3, 4), 6_000_000), Work(1, At(3, 9), 4_000_000),
            Work(2, At(3, 12), 5_000_000, cancelled: true),     // offered, then cancelled: worth nothing, but offered
            Work(3, At(4, 2), 7_000_000),                       // April
        };

        var fairness = IndicatorCalculator.Fairness(members, work, new HashSet<Guid>(), March);

        fairness.Gini.ShouldBe(0.75m);            // [10 000 000, 0, 0, 0]
        fairness.Top5Share.ShouldBe(1m);
        fairness.MembersWithWork.ShouldBe(1);
        fairness.WorkVnd.ShouldBe(Money.Of(10_000_000, Currency.VND));
        fairness.MembersNeverOffered.ShouldBe(2); // 3 (its work came in April) and 4; 5 joined later
        IndicatorCalculator.Fairness(members, work, new HashSet<Guid> { Id(4) }, March).MembersNeverOffered.ShouldBe(1);
    }

    [Fact]
    public void Defect_ratio_is_defects_over_pieces_sampled_by_type_and_by_member()
    {
        var inspections = new[] { Inspection(1, At(3, 5), 50), Inspection(2, At(3, 6), 30), Inspection(2, At(4, 6), 500) };
        var defects = new[]
        {
            Defect(1, At(3, 5), "crack", 2), Defect(1, At(3, 5), "glaze", 3), Defect(2, At(3, 6), "crack", 1), Defect(2, At(4, 6), "crack", 90),
        };

        var found = IndicatorCalculator.Defects(inspections, defects, [Member(1), Member(2)], March);

        found.Sampled.ShouldBe(80);
        found.Found.ShouldBe(6);
        found.Ratio.ShouldBe(0.075m);
        found.ByType.ShouldBe([new DefectByType("crack", 3, 0.0375m), new DefectByType("glaze", 3, 0.0375m)]);
        found.ByMember.ShouldBe([new DefectByMember(Id(1), "Hộ 1", 50, 5, 0.1m), new DefectByMember(Id(2), "Hộ 2", 30, 1, 0.0333m)]);
    }

    [Fact]
    public void On_time_means_ready_or_shipped_by_the_Vietnam_due_date_and_what_is_not_due_yet_is_not_late()
    {
        var work = new[]
        {
            Work(1, At(2, 1), 1, due: Day(3, 10), ready: At(3, 10, 23, 30)),  // 16:30 UTC on the 10th: on time
            Work(2, At(2, 1), 1, due: Day(3, 10), ready: At(3, 11, 0, 30)),   // still the 10th in UTC, the 11th in Vietnam: late
            Work(3, At(2, 1), 1, due: Day(3, 12)),                            // never ready, due has passed: late
            Work(4, At(2, 1), 1, due: Day(3, 30)),                            // not ready, due after today: not counted
            Work(5, At(2, 1), 1, due: Day(3, 12), cancelled: true),
            Work(6, At(2, 1), 1, due: Day(4, 1), ready: At(3, 2)),            // due in April
        };
        var orders = new[]
        {
            Order(At(1, 5), 1, promised: Day(3, 15), shipped: At(3, 15, 18)),
            Order(At(1, 5), 1, promised: Day(3, 15), shipped: At(3, 17)),
            Order(At(1, 5), 1, promised: Day(3, 20)),
            Order(At(1, 5), 1, promised: null, shipped: At(3, 1)),
        };

        var onTime = IndicatorCalculator.OnTime(work, orders, March, today: Day(3, 20));

        onTime.ShouldBe(new OnTimeDelivery(3, 1, 0.3333m, 2, 1, 0.5m));
        IndicatorCalculator.OnTime([], orders, March, today: Day(3, 21)).OrdersDue.ShouldBe(3);
    }

    [Fact]
    public void Payout_delay_counts_days_from_each_inspection_to_the_members_next_payout()
    {
        var inspections = new[]
        {
            Inspection(1, At(3, 5, 16), 10),            // paid on the 9th: 4 days
            Inspection(2, At(3, 10), 10),               // paid on the 20th: 10 days
            Inspection(2, At(3, 12), 10, accepted: 0),  // nothing accepted: nothing to pay
            Inspection(3, At(3, 14), 10),               // not paid yet: left out
            Inspection(1, At(2, 14), 10),               // February
        };
        var payouts = new[] { Payout(1, At(3, 2)), Payout(1, At(3, 9)), Payout(1, At(3, 30)), Payout(2, At(3, 20)) };

        var delay = IndicatorCalculator.PayoutDelay(inspections, payouts, March);

        delay.ShouldBe(new PayoutDelay(2, 7m, 7m));
        IndicatorCalculator.PayoutDelay([inspections[0], inspections[1], Inspection(2, At(3, 19), 10)], payouts, March)
            .ShouldBe(new PayoutDelay(3, 5m, 4m));      // 4, 10 and 1 day
    }

    [Fact]
    public void Certified_members_held_a_valid_certificate_on_the_last_day_and_certified_products_were_visible_with_the_mark()
    {
        var members = new[] { Member(1), Member(2), Member(3), Member(4), Member(5, left: At(3, 3)), Member(6) };
        var certificates = new[]
        {
            Certificate(1, until: Day(12, 31)),
            Certificate(1, until: Day(6, 30)),                                                  // a second one: still one member
            Certificate(2, until: Day(12, 31), valid: false, changed: At(3, 15)),              // revoked in March
            Certificate(3, until: Day(12, 31), valid: false, changed: At(4, 15)),              // revoked after the period
            Certificate(4, until: Day(3, 30)),                                                  // ran out the day before the end
            Certificate(5, until: Day(12, 31)),                                                 // the member left
            Certificate(6, until: Day(12, 31), granted: At(4, 2)),                              // granted in April
        };
        var products = new[]
        {
            Product(At(1, 1), marked: true), Product(At(3, 3)), Product(At(3, 4), withdrawn: At(3, 20), marked: true), Product(At(4, 2), marked: true),
        };

        var certification = IndicatorCalculator.Certification(members, certificates, products, March);

        certification.ShouldBe(new Certification(2, 5, 0.4m, 1, 2));
        IndicatorCalculator.NewProducts(products, March).ShouldBe(2);
    }

    [Fact]
    public void Membership_counts_joins_and_leaves_and_what_was_there_at_both_ends()
    {
        var members = new[]
        {
            Member(1), Member(2, left: At(3, 5)), Member(3, joined: At(3, 7)), Member(4, joined: At(3, 8), left: At(3, 28)),
            Member(5, joined: At(4, 1)), Member(6, left: At(2, 1)),
        };

        IndicatorCalculator.Membership(members, March).ShouldBe(new Membership(2, 2, 2, 2));
    }

    [Fact]
    public void The_previous_period_is_the_same_number_of_days_just_before()
    {
        March.Previous.ShouldBe(new Period(Day(1, 29), Day(2, 28)));
        // Days, not calendar units: 2025's 365 days are compared with the 365 before them (2024 was a leap year).
        new Period(Day(1, 1), Day(12, 31)).Previous.ShouldBe(new Period(Day(1, 2, 2024), Day(12, 31, 2024)));
    }

    [Fact]
    public void Months_cover_the_period_each_with_only_its_days_inside_it()
    {
        Period period = new(Day(1, 15), Day(3, 10));
        var facts = new FactSnapshot
        {
            Inquiries = [Inquiry(At(1, 14)), Inquiry(At(1, 15), accepted: At(2, 2)), Inquiry(At(2, 27)), Inquiry(At(3, 10, 23)), Inquiry(At(3, 11))],
            Orders = [Order(At(2, 3), 400), Order(At(2, 4), 100, cancelled: true)],
            Work = [Work(1, At(1, 20), 30), Work(2, At(3, 1), 70)],
            Inspections = [Inspection(1, At(1, 25), 20)],
            Defects = [Defect(1, At(1, 25), "crack", 2)],
            Members = [Member(1), Member(7, joined: At(2, 9), left: At(3, 2))],
        };

        var months = IndicatorCalculator.Months(facts, period);

        months.ShouldBe([
            new MonthPoint(2025, 1, 1, 1, 0, 30, 20, 2, 0, 0),
            new MonthPoint(2025, 2, 1, 0, 400, 0, 0, 0, 1, 0),
            new MonthPoint(2025, 3, 1, 0, 0, 70, 0, 0, 0, 1),
        ]);
        var set = IndicatorCalculator.For(facts, period, Today, null);
        months.Sum(m => m.Inquiries).ShouldBe(set.Leads.Inquiries);
        months.Sum(m => m.WorkValueVnd).ShouldBe(set.Fairness.WorkVnd.MinorUnits);
    }
}
