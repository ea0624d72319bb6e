using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// What a household may report about its own work, from the phone. Each method checks and changes
/// the work order only; the caller writes the history line, the event and the order's progress
/// (<c>ReportProgress</c>). Settled work (inspected, cancelled) takes no report (409). The finished
/// count never goes backwards: what was reported is what the association planned with.
/// </summary>
internal sealed partial class WorkOrder
{
    public const int MaxPhotos = 30;

    private Result Open() =>
        IsSettled
            ? Error.Conflict("work_order.settled", State == WorkOrderState.Cancelled
                ? "This work order was cancelled: nothing more can be reported on it."
                : "This work order was already inspected: nothing more can be reported on it.")
            : Result.Ok();

    public Result Start()
    {
        if (Open() is { IsFailure: true } closed) return closed;
        if (State != WorkOrderState.Assigned) return Error.Conflict("work_order.started", "The work has already started.");
        State = WorkOrderState.Started;
        return Result.Ok();
    }

    /// <summary>So many pieces finished so far (0..quantity, never fewer than already reported). Reporting pieces means the work started.</summary>
    public Result ReportFinished(int finished)
    {
        if (Open() is { IsFailure: true } closed) return closed;
        if (CheckCount(finished) is { IsFailure: true } wrong) return wrong;
        FinishedQuantity = finished;
        if (State == WorkOrderState.Assigned) State = WorkOrderState.Started;
        return Result.Ok();
    }

    /// <summary>
    /// The lot is finished and may be inspected. Every piece still to present must be finished: a count
    /// sent with it must reach the quantity; without one, the whole quantity is taken as finished. From
    /// rework, this presents the reworked pieces again.
    /// </summary>
    public Result Ready(int? finished)
    {
        if (Open() is { IsFailure: true } closed) return closed;
        if (State == WorkOrderState.ReadyForInspection)
            return Error.Conflict("work_order.ready", "The lot is already waiting for inspection.");
        if (finished is { } count)
        {
            if (CheckCount(count) is { IsFailure: true } wrong) return wrong;
            // Accepted and rejected pieces were finished before; what is still to present must be finished now.
            if (count - AcceptedQuantity - RejectedQuantity < OutstandingQuantity)
                return Error.Validation("finished", $"To be ready for inspection, all {Quantity} pieces must be finished.");
        }
        FinishedQuantity = Quantity;
        if (State == WorkOrderState.Rework) ReworkQuantity = 0;
        State = WorkOrderState.ReadyForInspection;
        return Result.Ok();
    }

    public Result ReportProblem(string note)
    {
        if (Open() is { IsFailure: true } closed) return closed;
        OpenProblem = note;
        return Result.Ok();
    }

    /// <summary>The household expects to finish on <paramref name="expectedOn"/> (after today); a note, if any, is an open problem for the desk.</summary>
    public Result ReportDelay(DateOnly expectedOn, string? note, DateOnly today)
    {
        if (Open() is { IsFailure: true } closed) return closed;
        if (expectedOn <= today) return Error.Validation("expectedOn", "The expected date must be after today.");
        ExpectedOn = expectedOn;
        if (note is not null) OpenProblem = note;
        return Result.Ok();
    }

    public Result ClearProblem()
    {
        if (OpenProblem is null) return Error.Conflict("work_order.no_problem", "This work order has no open problem.");
        OpenProblem = null;
        return Result.Ok();
    }

    public Result AddPhotos(IReadOnlyCollection<Guid> photos)
    {
        if (Open() is { IsFailure: true } closed) return closed;
        if (PhotoIds.Count + photos.Count > MaxPhotos) return Error.Validation("file", $"A work order holds at most {MaxPhotos} photos.");
        PhotoIds = [.. PhotoIds, .. photos];
        return Result.Ok();
    }

    /// <summary>The household said it will finish after the due date (a delay): the desk plans with it.</summary>
    public bool WillBeLate() => ExpectedOn is { } expected && expected > DueOn && !IsSettled;

    private Result CheckCount(int finished)
    {
        if (finished < 0 || finished > Quantity)
            return Error.Validation("finished", $"The number finished must be between 0 and {Quantity}.");
        if (finished < FinishedQuantity)
            return Error.Validation("finished", $"The number finished cannot go back: {FinishedQuantity} were already reported.");
        return Result.Ok();
    }
}
