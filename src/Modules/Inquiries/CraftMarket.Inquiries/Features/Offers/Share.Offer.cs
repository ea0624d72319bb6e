using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Inquiries.Domain;

/// <summary>
/// A share as an offer to its household: sent with the member's unit price and a deadline, then
/// answered once (accept, decline, or counter with fewer pieces or a later date) before the
/// deadline; reminded once at half time; withdrawn when the deadline passes unanswered.
/// </summary>
internal sealed partial class Share
{
    /// <summary>What an expired offer's note says (the household reads it).</summary>
    public const string ExpiredNote = "hết hạn";

    public const long MaxUnitPriceDong = 1_000_000_000;

    public void Offer(long memberUnitPriceDong, DateTimeOffset now, TimeSpan answerWithin)
    {
        MemberUnitPriceDong = memberUnitPriceDong;
        Status = ShareStatus.Offered;
        OfferedAt = now;
        Deadline = now + answerWithin;
        ReminderSentAt = null;
        AnsweredAt = null;
        CounterQuantity = null;
        CounterDueOn = null;
        AnswerNote = null;
        Changed(now);
    }

    public Result Accept(DateTimeOffset now)
    {
        if (CanAnswer(now) is { } refused) return refused;
        Status = ShareStatus.Accepted;
        AnsweredAt = now;
        Changed(now);
        return Result.Ok();
    }

    public Result Decline(string? reason, DateTimeOffset now)
    {
        if (CanAnswer(now) is { } refused) return refused;
        var note = Clean(reason);
        if (note?.Length > NoteMax) return Error.Validation("reason", OfferMessages.NoteTooLong);
        Status = ShareStatus.Declined;
        AnswerNote = note;
        AnsweredAt = now;
        Changed(now);
        return Result.Ok();
    }

    public Result Counter(int? quantity, DateOnly? dueOn, string? note, DateTimeOffset now)
    {
        if (CanAnswer(now) is { } refused) return refused;
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (quantity is null && dueOn is null) fields[""] = [OfferMessages.CounterNeedsChange];
        if (quantity is < 1) fields["quantity"] = [OfferMessages.CounterQuantityPositive];
        else if (quantity >= Quantity) fields["quantity"] = [OfferMessages.CounterQuantitySmaller];
        if (dueOn is { } later && later <= DueOn) fields["dueOn"] = [OfferMessages.CounterDateLater];
        var cleaned = Clean(note);
        if (cleaned?.Length > NoteMax) fields["note"] = [OfferMessages.NoteTooLong];
        if (fields.Count > 0)
            return new Error(ErrorKind.Validation, "validation", fields.TryGetValue("", out var whole) ? whole[0] : "One or more fields are invalid.", fields);
        Status = ShareStatus.Countered;
        CounterQuantity = quantity;
        CounterDueOn = dueOn;
        AnswerNote = cleaned;
        AnsweredAt = now;
        Changed(now);
        return Result.Ok();
    }

    /// <summary>Half the answering time has passed, nothing was answered and no reminder went yet.</summary>
    public bool IsDueReminderAt(DateTimeOffset now) =>
        Status == ShareStatus.Offered && ReminderSentAt is null && OfferedAt is { } sent && Deadline is { } due
        && now < due && now >= sent + (due - sent) / 2;

    public bool IsExpiredAt(DateTimeOffset now) => Status == ShareStatus.Offered && Deadline is { } due && now >= due;

    public void Remind(DateTimeOffset now)
    {
        ReminderSentAt = now;
        Changed(now);
    }

    /// <summary>Unanswered past the deadline: taken back, for the desk to re-allocate; the buyer hears nothing of it.</summary>
    public void Expire(DateTimeOffset now)
    {
        Status = ShareStatus.Withdrawn;
        AnswerNote = ExpiredNote;
        Changed(now);
    }

    /// <summary>Null when the household may answer now; else why not (409).</summary>
    public Error? CanAnswer(DateTimeOffset now) => Status switch
    {
        ShareStatus.Withdrawn => Error.Conflict("offer_withdrawn", OfferMessages.Withdrawn),
        ShareStatus.Accepted or ShareStatus.Declined or ShareStatus.Countered => Error.Conflict("offer_answered", OfferMessages.AlreadyAnswered),
        ShareStatus.Offered when IsExpiredAt(now) => Error.Conflict("offer_deadline_passed", OfferMessages.DeadlinePassed),
        ShareStatus.Offered => null,
        _ => Error.NotFound("offer"),
    };

    private void Changed(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// The offers' refusals, in English for the API; the household's pages show them in Vietnamese
/// (Pages/Offers/i18n/vi.json has every one of them as a key).
/// </summary>
internal static class OfferMessages
{
    public const string Withdrawn = "This offer was withdrawn by the association.";
    public const string AlreadyAnswered = "You have already answered this offer.";
    public const string DeadlinePassed = "The time to answer this offer has passed.";
    public const string Changed = "The offer changed meanwhile; open it again.";
    public const string NoteTooLong = "At most 500 characters.";
    public const string CounterNeedsChange = "Give a smaller quantity or a later due date.";
    public const string CounterQuantityPositive = "The quantity must be at least 1.";
    public const string CounterQuantitySmaller = "The quantity must be smaller than the offered quantity.";
    public const string CounterDateLater = "The due date must be later than the offered due date.";
    public const string InquiryClosed = "This inquiry is closed: offers can no longer be sent.";
    public const string NothingToSend = "No proposed shares to send: allocate the inquiry first.";
    public const string PriceMissing = "Set the member unit price (VND) for every share you send.";
    public const string PriceRange = "The member unit price must be between 1 and 1,000,000,000 VND.";
    public const string NotAShare = "Not a share of this inquiry.";
    public const string NotProposed = "Only proposed shares can be sent; this one was already offered or answered.";
    public const string MemberInactive = "A member of this allocation was deactivated; re-allocate the share first.";
}
