using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Features;
using CraftMarket.Orders.Features.WorkOrders;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.WorkOrders;

/// <summary>
/// One work order on the household's phone, in Vietnamese: what to make, how many, by when, the price
/// the association pays per piece beside what the buyer pays, where it stands, its history and photos;
/// plain forms (no script) to start, count finished pieces, say the lot is ready, report a problem or
/// a delay, and send photos. Another household's work order is "not found"; a refusal is shown on the page.
/// </summary>
[Authorize(Policy = Policies.Producer)]
[PhotoUploadLimit]
internal sealed class WorkOrderModel(WorkOrderReads reads, ReportProgress report, WorkOrderPhotos photos, ModuleText<OrdersText> t,
    TimeProvider clock) : PageModel
{
    public WorkOrderDetailDto Item { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }
    public DateOnly Today { get; private set; }

    [BindProperty] public string? Finished { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? ExpectedOn { get; set; }
    [BindProperty] public int? Revision { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Done = done switch
        {
            "started" => t.Translate("Work: you started this work order.", "vi"),
            "progress" => t.Translate("Work: the number finished was saved.", "vi"),
            "ready" => t.Translate("Work: the association was told the lot is ready for inspection.", "vi"),
            "problem" => t.Translate("Work: the association was told of the problem.", "vi"),
            "delay" => t.Translate("Work: the association was told of the delay.", "vi"),
            "photo" => t.Translate("Work: the photos were sent.", "vi"),
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct) =>
        Report(id, new ProgressRequest("started", null, null, null, null, Revision), "started", ct);

    public async Task<IActionResult> OnPostFinishedAsync(Guid id, CancellationToken ct)
    {
        if (Count(Finished) is not { } finished) return await Refused(id, [t.Translate("Work: write the number finished as a number.", "vi")], 400, ct);
        return await Report(id, new ProgressRequest("progress", finished, Note, null, null, Revision), "progress", ct);
    }

    public Task<IActionResult> OnPostReadyAsync(Guid id, CancellationToken ct) =>
        Report(id, new ProgressRequest("ready", null, Note, null, null, Revision), "ready", ct);

    public async Task<IActionResult> OnPostProblemAsync(Guid id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Note)) return await Refused(id, [t.Translate("Describe the problem in a few words.", "vi")], 400, ct);
        var sent = await Upload(id, required: false, ct);
        if (sent.IsFailure) return await PhotoRefused(id, sent.Error!, ct);
        return await Report(id, new ProgressRequest("problem", null, Note, null, sent.Value, null), "problem", ct);
    }

    public async Task<IActionResult> OnPostDelayAsync(Guid id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ExpectedOn)
            || !DateOnly.TryParseExact(ExpectedOn.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected))
            return await Refused(id, [t.Translate("Work: write the expected date as day/month/year.", "vi")], 400, ct);
        return await Report(id, new ProgressRequest("delay", null, Note, expected, null, Revision), "delay", ct);
    }

    public async Task<IActionResult> OnPostPhotoAsync(Guid id, CancellationToken ct)
    {
        var sent = await Upload(id, required: true, ct);
        if (sent.IsFailure) return await PhotoRefused(id, sent.Error!, ct);
        if (!await Load(id, ct)) return NotFound();
        return await Report(id, new ProgressRequest("progress", Item.Work.Finished, Note, null, sent.Value, null), "photo", ct);
    }

    /// <summary>The page's own photo link (cookie sign-in): the household's photos of its work order.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid id, Guid photo, CancellationToken ct) =>
        await photos.OpenAsync(new WorkOrderId(id), photo, HttpContext.Actor(), ct) is { } file
            ? new ResultAdapter(WorkOrderPhotos.Serve(file, HttpContext)) : NotFound();

    private async Task<Result<IReadOnlyList<Guid>>> Upload(Guid id, bool required, CancellationToken ct)
    {
        var chosen = Request.HasFormContentType ? WorkOrderPhotos.Chosen(Request.Form.Files) : [];
        if (chosen.Count == 0)
            return required ? Error.Validation("file", "Choose a photo.") : Result.Ok<IReadOnlyList<Guid>>([]);
        var stored = await photos.AddAsync(new WorkOrderId(id), chosen, HttpContext.Actor(), ct);
        return stored.IsFailure ? stored.Error! : Result.Ok<IReadOnlyList<Guid>>([.. stored.Value!.Select(p => p.PhotoId)]);
    }

    /// <summary>Media's refusals (not a photo, too large, damaged) are its own words: a Vietnamese sentence goes first.</summary>
    private async Task<IActionResult> PhotoRefused(Guid id, Error error, CancellationToken ct)
    {
        if (error.Kind != ErrorKind.Validation) return await After(id, error, "photo", ct);
        var said = WorkOrderWords.Of(error, t, "vi");
        return await Refused(id, [t.Translate("Work: the photo could not be kept: send a photo (JPEG, PNG or WebP) taken with the phone.", "vi"), .. said], 400, ct);
    }

    private async Task<IActionResult> Report(Guid id, ProgressRequest request, string done, CancellationToken ct) =>
        await After(id, await report.Handle(new WorkOrderId(id), request, HttpContext.Actor(), ct), done, ct);

    private async Task<IActionResult> After(Guid id, Result result, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Redirect($"~/account/work-orders/{id}?done={done}");
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        return await Refused(id, WorkOrderWords.Of(result.Error, t, "vi"),
            result.Error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, ct);
    }

    private async Task<IActionResult> Refused(Guid id, IReadOnlyList<string> errors, int status, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Errors = errors;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        var actor = HttpContext.Actor();
        if (!actor.IsProducerFor(out var member)) return false;
        var found = await reads.OneAsync(new WorkOrderId(id), actor, ct);
        if (found.IsFailure || found.Value!.MemberId != member.Value) return false;
        Item = found.Value;
        Today = Features.WorkOrders.WorkWords.Today(clock);
        return true;
    }

    /// <summary>"1.200", "1200" or " 120 ": a count as a household types it.</summary>
    private static int? Count(string? text) =>
        int.TryParse((text ?? "").Trim().Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>Lets a page handler answer with a minimal-API result (a private file's stream with its headers).</summary>
internal sealed class ResultAdapter(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
