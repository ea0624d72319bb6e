using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Inquiries.Tests.Quotes;

/// <summary>Acceptance by the clock: the domain decides with the instant it is given, so no job has to run first.</summary>
public sealed class QuoteAcceptanceRulesTests
{
    private static readonly DateOnly ValidUntil = new(2027, 1, 15);

    private static Quote Sent(int version = 1) => new(new TenantId(Guid.NewGuid()), InquiryId.New(), version, Currency.USD, new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero))
    {
        ValidUntil = ValidUntil,
        TotalMinor = 123_456,
        Lines = { new QuoteLine(InquiryLineId.New(), new ProductId(Guid.NewGuid()), null, "Bowl", 10, 12_345, 123_450) },
    };

    [Fact]
    public void A_sent_version_is_acceptable_until_the_end_of_its_last_day_in_Vietnam()
    {
        var quote = Sent();
        var end = VietnamCalendar.EndOf(ValidUntil);   // 16 Jan 00:00 in Hanoi = 15 Jan 17:00 UTC
        quote.IsAcceptableAt(end.AddTicks(-1)).ShouldBeTrue();
        quote.IsAcceptableAt(end).ShouldBeFalse();
        quote.StatusAt(end).ShouldBe(QuoteStatus.Expired);
        quote.StatusAt(end.AddTicks(-1)).ShouldBe(QuoteStatus.Sent);
    }

    [Fact]
    public void An_expired_version_is_refused_with_a_clear_conflict_even_before_the_job_marks_it()
    {
        var quote = Sent();
        var accepted = quote.Accept(Guid.NewGuid(), VietnamCalendar.EndOf(ValidUntil).AddMinutes(1));
        accepted.IsFailure.ShouldBeTrue();
        accepted.Error!.Kind.ShouldBe(SharedKernel.Results.ErrorKind.Conflict);
        accepted.Error.Code.ShouldBe("quote_expired");
        accepted.Error.Message.ShouldContain("expired");
        quote.Status.ShouldBe(QuoteStatus.Sent);
        quote.OrderId.ShouldBeNull();
    }

    [Fact]
    public void A_superseded_version_is_refused_even_within_its_validity()
    {
        var quote = Sent();
        quote.Supersede();
        var accepted = quote.Accept(Guid.NewGuid(), new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
        accepted.Error!.Code.ShouldBe("quote_superseded");
        accepted.Error.Message.ShouldContain("later version");
        quote.Status.ShouldBe(QuoteStatus.Superseded);
    }

    [Fact]
    public void Accepting_twice_answers_the_same_order_and_later_clocks_do_not_matter()
    {
        var quote = Sent();
        var buyer = Guid.NewGuid();
        var first = quote.Accept(buyer, new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
        first.IsSuccess.ShouldBeTrue();
        quote.Status.ShouldBe(QuoteStatus.Accepted);
        quote.AcceptedByUserId.ShouldBe(buyer);
        var again = quote.Accept(buyer, VietnamCalendar.EndOf(ValidUntil).AddDays(3));
        again.Value.ShouldBe(first.Value);
    }

    [Fact]
    public void The_expiry_job_marks_only_a_sent_version_past_validity()
    {
        var quote = Sent();
        quote.ExpireAt(VietnamCalendar.EndOf(ValidUntil).AddTicks(-1)).ShouldBeFalse();
        quote.ExpireAt(VietnamCalendar.EndOf(ValidUntil)).ShouldBeTrue();
        quote.Status.ShouldBe(QuoteStatus.Expired);
        var superseded = Sent(2);
        superseded.Supersede();
        superseded.ExpireAt(VietnamCalendar.EndOf(ValidUntil).AddDays(1)).ShouldBeFalse();
        superseded.Status.ShouldBe(QuoteStatus.Superseded);
    }
}
