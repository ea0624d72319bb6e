using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Features;
using CraftMarket.Media.Features.Manage;
using CraftMarket.Media.Features.Upload;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CraftMarket.Identity.Contracts;

namespace CraftMarket.Media.Pages.Account;

/// <summary>
/// The producer's photo manager for one product: upload (phone camera or gallery, several at once),
/// order, cover, removal; staff also reject with a reason. The page's script uploads each photo on
/// its own with progress and retries; without script, one plain multipart form does the same.
/// Pages use the cookie and the antiforgery token (the /api endpoints take bearer tokens only), and
/// go through the same pipeline as the API: same limits, sniffing, idempotency and rate limit.
/// Anyone who may not manage the product's photos gets "not found", as on the product's own page.
/// The byte limit applies before antiforgery reads a plain form (<see cref="UploadSizeLimitAttribute"/>).
/// </summary>
[Authorize]
[UploadSizeLimit]
internal sealed class ProductPhotosModel(PhotoAccess access, ManagePhotos photos, UploadPipeline uploads, MediaOptions options, ModuleText<MediaText> t) : PageModel
{
    public ProductId Product { get; private set; }
    public Actor Actor { get; private set; } = null!;
    public IReadOnlyList<ManagedPhoto> Photos { get; private set; } = [];
    public MediaOptions Limits => options;

    /// <summary>What the last action did, or why not; the page's status line (and the script's announcement).</summary>
    public IReadOnlyList<string> Messages { get; private set; } = [];

    /// <summary>The id of the plain form's upload: sending the same form again (reload, double tap) is the same photos.</summary>
    public string FormClientId { get; } = Guid.NewGuid().ToString("N");

    public bool AnyProcessing => Photos.Any(p => p.Photo.State == "processing");

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Done(done) is { } message) Messages = [message];
        return Page();
    }

    /// <summary>The list alone, for the script: polled while photos are processing.</summary>
    public async Task<IActionResult> OnGetListAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? List() : NotFound();

    /// <summary>No parameters on purpose: binding any would make MVC read (buffer) the multipart body before the pipeline streams it.</summary>
    public async Task<IActionResult> OnPostUploadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!Guid.TryParse(RouteData.Values["id"] as string, out var id)) return NotFound();
        var outcomes = await uploads.HandleAsync(new ProductId(id), HttpContext, ct);
        if (outcomes is [{ Refusal.Status: 403 or 404 }]) return NotFound();
        if (FromScript)
        {
            var outcome = outcomes[0];
            if (outcome.Refusal is { } refusal) return Problem(refusal.Status, PhotoTexts.Refusal(refusal, t, options), refusal.Code);
            return new JsonResult(outcome.Photo) { StatusCode = outcome.Created ? StatusCodes.Status202Accepted : StatusCodes.Status200OK };
        }
        await LoadAsync(id, ct);
        var received = outcomes.Count(o => o.Photo is not null);
        Messages = [.. (received > 0 ? [t.Format("{0} photo(s) received; they are being processed.", received)] : Array.Empty<string>())
            .Concat(outcomes.Where(o => o.Refusal is not null).Select(o => PhotoTexts.Refusal(o.Refusal!, t, options)))];
        return Page();
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, Guid photo, int by, CancellationToken ct) =>
        Act(id, _ => photos.MoveAsync(new ProductId(id), new PhotoId(photo), by, ct), "moved", ct);

    public Task<IActionResult> OnPostCoverAsync(Guid id, Guid photo, CancellationToken ct) =>
        Act(id, _ => photos.ChooseCoverAsync(new ProductId(id), new PhotoId(photo), ct), "cover", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid photo, CancellationToken ct) =>
        Act(id, actor => actor.MayRemovePhotos
            ? photos.RemoveAsync(new ProductId(id), new PhotoId(photo), ct)
            : Task.FromResult<Result>(Error.Forbidden(ManagePhotos.RemoveRefusal)), "removed", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, Guid photo, string? reason, CancellationToken ct) =>
        Act(id, actor => actor.IsStaff
            ? photos.RejectAsync(new ProductId(id), new PhotoId(photo), reason, ct)
            : Task.FromResult<Result>(Error.Forbidden("Only the association's staff reject photos.")), "rejected", ct);

    /// <summary>Checks who acts, does it, then answers the script with the new list, or a person without script with the page.</summary>
    private async Task<IActionResult> Act(Guid id, Func<Actor, Task<Result>> action, string done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await action(Actor);
        if (result.IsFailure && result.Error!.Kind == ErrorKind.Forbidden) return Forbid();
        if (result.IsFailure && result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        if (result.IsFailure)
        {
            var why = t[result.Error!.Message];
            if (FromScript) return Problem(StatusCodes.Status422UnprocessableEntity, why, result.Error.Code);
            Messages = [why];
            await LoadAsync(id, ct);
            return Page();
        }
        if (!FromScript) return Redirect($"{Request.PathBase}{Request.Path}?done={done}");
        await LoadAsync(id, ct);
        Messages = [Done(done)!];
        return List();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = await access.ForAsync(new ProductId(id), HttpContext.Actor(), ct);
        if (actor.IsFailure) return false;
        (Product, Actor) = (new ProductId(id), actor.Value!);
        Photos = await photos.ViewsAsync(Product, ct);
        return true;
    }

    private PartialViewResult List() => Partial("_ProductPhotoList", this);

    /// <summary>The page's script asks for fragments and JSON; a form without script gets whole pages.</summary>
    private bool FromScript => Request.Headers["X-Requested-With"] == "fetch";

    private string? Done(string? done) => done switch
    {
        "moved" => t["The order is saved."],
        "cover" => t["The cover photo is chosen."],
        "removed" => t["The photo is removed."],
        "rejected" => t["The photo is rejected; the producer sees your reason."],
        _ => null,
    };

    private static JsonResult Problem(int status, string detail, string code) => new(new ProblemDetails
    {
        Status = status, Title = "Photo refused", Detail = detail, Extensions = { ["code"] = code },
    })
    { StatusCode = status, ContentType = "application/problem+json" };
}
