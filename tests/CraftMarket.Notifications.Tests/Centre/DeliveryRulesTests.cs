using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Centre;

namespace CraftMarket.Notifications.Tests.Centre;

/// <summary>Preference resolution, quiet hours (spanning midnight, at the edges) and digests, as pure functions.</summary>
public sealed class DeliveryRulesTests
{
    private static readonly Guid Someone = Guid.NewGuid();
    private static readonly Channel[] All = [Channel.InApp, Channel.Email, Channel.Sms, Channel.Zalo];

    private static NotificationPreference Row(string category, string channels, bool digest = false, TimeOnly? from = null, TimeOnly? to = null) =>
        new() { UserId = Someone, Category = category, Channels = channels, Digest = digest, QuietFrom = from, QuietTo = to };

    /// <summary>A moment given in Vietnam time.</summary>
    private static DateTimeOffset Vn(int hour, int minute = 0, int day = 10) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Without_rows_each_audience_gets_its_default()
    {
        DeliveryRules.Resolve(Audience.Producer, "work-order.ready", []).Channels.ShouldBe([Channel.Sms]);
        DeliveryRules.Resolve(Audience.Buyer, "work-order.ready", []).Channels.ShouldBe([Channel.Email]);
        var staff = DeliveryRules.Resolve(Audience.Staff, "work-order.ready", []);
        staff.Channels.ShouldBe([Channel.Email]);
        staff.Digest.ShouldBeFalse();
        staff.QuietFrom.ShouldBeNull();
    }

    [Fact]
    public void The_category_row_beats_the_star_row_which_beats_the_default()
    {
        var star = Row("*", "Sms");
        var category = Row("quote.accepted", "Zalo,Email");
        DeliveryRules.Resolve(Audience.Staff, "quote.accepted", [star, category]).Channels.ShouldBe([Channel.Zalo, Channel.Email]);
        DeliveryRules.Resolve(Audience.Staff, "inquiry.submitted", [star, category]).Channels.ShouldBe([Channel.Sms]);
        DeliveryRules.Resolve(Audience.Staff, "inquiry.submitted", [category]).Channels.ShouldBe([Channel.Email]);
    }

    [Fact]
    public void An_empty_row_turns_every_outside_channel_off_and_unknown_names_and_in_app_are_dropped()
    {
        DeliveryRules.Resolve(Audience.Buyer, "*", [Row("*", "")]).Channels.ShouldBeEmpty();
        DeliveryRules.ParseChannels(" email , InApp, Carrier-pigeon, 7, sms,Email").ShouldBe([Channel.Email, Channel.Sms]);
    }

    [Fact]
    public void Digest_is_for_staff_only()
    {
        DeliveryRules.Resolve(Audience.Staff, "x", [Row("*", "Email", digest: true)]).Digest.ShouldBeTrue();
        DeliveryRules.Resolve(Audience.Buyer, "x", [Row("*", "Email", digest: true)]).Digest.ShouldBeFalse();
    }

    [Theory]
    [InlineData(20, 59, false)]
    [InlineData(21, 0, true)]
    [InlineData(23, 59, true)]
    [InlineData(0, 0, true)]
    [InlineData(5, 59, true)]
    [InlineData(6, 0, false)]
    [InlineData(12, 0, false)]
    public void Quiet_hours_span_midnight_from_inclusive_to_exclusive(int hour, int minute, bool quiet) =>
        DeliveryRules.IsQuiet(new(21, 0), new(6, 0), new(hour, minute)).ShouldBe(quiet);

    [Theory]
    [InlineData(12, 59, false)]
    [InlineData(13, 0, true)]
    [InlineData(14, 29, true)]
    [InlineData(14, 30, false)]
    public void Quiet_hours_within_a_day(int hour, int minute, bool quiet) =>
        DeliveryRules.IsQuiet(new(13, 0), new(14, 30), new(hour, minute)).ShouldBe(quiet);

    [Fact]
    public void Equal_ends_mean_no_quiet_hours() => DeliveryRules.IsQuiet(new(0, 0), new(0, 0), new(3, 0)).ShouldBeFalse();

    [Fact]
    public void Quiet_hours_end_the_same_morning_or_the_next_one()
    {
        DeliveryRules.QuietEnds(new(21, 0), new(6, 0), Vn(22, 15)).ShouldBe(Vn(6, 0, day: 11));
        DeliveryRules.QuietEnds(new(21, 0), new(6, 0), Vn(2, 0)).ShouldBe(Vn(6, 0));
        DeliveryRules.QuietEnds(new(21, 0), new(6, 0), Vn(6, 0)).ShouldBeNull();
        DeliveryRules.QuietEnds(new(21, 0), new(6, 0), Vn(21, 0)).ShouldBe(Vn(6, 0, day: 11));
        DeliveryRules.QuietEnds(null, null, Vn(23, 0)).ShouldBeNull();
        // Vietnam time whatever the instant's offset: 15:30 UTC is 22:30 in Hanoi.
        DeliveryRules.QuietEnds(new(21, 0), new(6, 0), new DateTimeOffset(2026, 12, 10, 15, 30, 0, TimeSpan.Zero)).ShouldBe(Vn(6, 0, day: 11));
    }

    [Fact]
    public void A_household_keeps_the_village_night_unless_it_chose_its_own_hours()
    {
        var none = DeliveryRules.Resolve(Audience.Producer, "notice", []);
        (none.QuietFrom, none.QuietTo).ShouldBe((new TimeOnly(21, 0), new TimeOnly(6, 0)));
        var own = DeliveryRules.Resolve(Audience.Producer, "notice", [Row("*", "Sms", from: new(22, 0), to: new(5, 0))]);
        (own.QuietFrom, own.QuietTo).ShouldBe((new TimeOnly(22, 0), new TimeOnly(5, 0)));
        DeliveryRules.Resolve(Audience.Staff, "notice", []).QuietFrom.ShouldBeNull();
    }

    [Fact]
    public void The_digest_goes_out_at_the_next_seven_in_the_morning()
    {
        DeliveryRules.NextDigest(Vn(6, 59)).ShouldBe(Vn(7, 0));
        DeliveryRules.NextDigest(Vn(7, 0)).ShouldBe(Vn(7, 0, day: 11));
        DeliveryRules.NextDigest(Vn(18, 0)).ShouldBe(Vn(7, 0, day: 11));
    }

    [Fact]
    public void A_household_text_in_quiet_hours_is_held_until_they_end_and_sent_at_once_outside_them()
    {
        var choice = DeliveryRules.Resolve(Audience.Producer, "notice", []);
        var night = DeliveryRules.Plan(Categories.Notice, choice, new Addresses(null, "+84971234567"), All, Vn(23, 0));
        night.Select(p => (p.Channel, p.Status)).ShouldBe([(Channel.InApp, DeliveryStatus.Sent), (Channel.Sms, DeliveryStatus.Held)]);
        night[1].NextAttemptAt.ShouldBe(Vn(6, 0, day: 11));
        var day = DeliveryRules.Plan(Categories.Notice, choice, new Addresses(null, "+84971234567"), All, Vn(10, 0));
        day[1].Status.ShouldBe(DeliveryStatus.Pending);
    }

    [Fact]
    public void In_app_only_categories_never_text_whatever_the_preferences()
    {
        var choice = DeliveryRules.Resolve(Audience.Producer, Categories.WorkOrderIssued.Key, [Row("*", "Sms,Zalo")]);
        DeliveryRules.Plan(Categories.WorkOrderIssued, choice, new Addresses(null, "+84971234567"), All, Vn(10, 0))
            .ShouldHaveSingleItem().Channel.ShouldBe(Channel.InApp);
    }

    [Fact]
    public void Missing_addresses_and_channels_are_skipped_with_why_and_staff_digests_wait_for_the_morning()
    {
        var skipped = DeliveryRules.Plan(Categories.Notice, new ChannelChoice([Channel.Email, Channel.Zalo], null, null, false),
            new Addresses(null, "+84971234567"), [Channel.Email, Channel.Sms], Vn(10, 0));
        skipped[1].Status.ShouldBe(DeliveryStatus.Skipped);
        skipped[1].Why.ShouldBe("No e-mail address.");
        skipped[2].Status.ShouldBe(DeliveryStatus.Skipped);
        skipped[2].Why!.ShouldContain("Zalo");

        var digest = DeliveryRules.Plan(Categories.Notice, new ChannelChoice([Channel.Email], null, null, true), new Addresses("a@b.example", null),
            All, Vn(10, 0));
        digest[1].Status.ShouldBe(DeliveryStatus.Digested);
        digest[1].NextAttemptAt.ShouldBe(Vn(7, 0, day: 11));
    }
}
