using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Features.Inbox;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Notifications.Pages.Inbox;

/// <summary>
/// How the person is told, as a plain form: channels for all notifications and per kind ("as for all"
/// or its own), quiet hours for households, a daily digest for staff. Errors are shown beside the
/// field, in the page's language; households read it in Vietnamese. Never cached.
/// </summary>
[Authorize]
internal sealed class PreferencesModel(Preferences preferences) : PageModel
{
    public NotificationPreferences Current { get; private set; } = null!;
    public string Language { get; private set; } = "en";
    public bool Saved { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    [BindProperty] public PreferencesForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (Who() is { } refused) return refused;
        var found = await preferences.GetAsync(HttpContext.Actor(), ct);
        if (found.IsFailure) return NotFound();
        Current = found.Value!;
        Form = PreferencesForm.From(Current);
        Saved = done == "saved";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (Who() is { } refused) return refused;
        var saved = await preferences.SaveAsync(HttpContext.Actor(), Form.ToUpdate(), ct);
        if (saved.IsSuccess) return Redirect("~/account/notifications/preferences?done=saved");
        if (saved.Error!.Kind == ErrorKind.NotFound) return NotFound();
        var found = await preferences.GetAsync(HttpContext.Actor(), ct);
        if (found.IsFailure) return NotFound();
        Current = found.Value!;
        Errors = saved.Error.Fields ?? new Dictionary<string, string[]> { [""] = [saved.Error.Message] };
        Response.StatusCode = saved.Error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The messages about one field (the API's names: "general.channels", "categories[2].channels").</summary>
    public IEnumerable<string> ErrorsFor(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];

    private IActionResult? Who()
    {
        var actor = HttpContext.Actor();
        if (!actor.HasTenant) return NotFound();
        if (InboxAudience.Of(actor) is null) return Forbid();
        Language = InboxAudience.PageLanguage(actor, Ui.Language);
        return null;
    }
}

/// <summary>The form as posted: checkboxes per channel; a kind with "as for all" ticked follows the general choice.</summary>
public sealed class PreferencesForm
{
    public List<string> Channels { get; set; } = [];
    public string? QuietFrom { get; set; }
    public string? QuietTo { get; set; }
    public bool Digest { get; set; }
    public List<CategoryRow> Categories { get; set; } = [];

    public sealed class CategoryRow
    {
        public string? Category { get; set; }
        public bool Same { get; set; }
        public List<string> Channels { get; set; } = [];
    }

    public static PreferencesForm From(NotificationPreferences current) => new()
    {
        Channels = [.. current.General.Channels ?? []],
        QuietFrom = current.General.QuietHours?.From,
        QuietTo = current.General.QuietHours?.To,
        Digest = current.General.Digest == true,
        Categories = [.. current.Categories.Select(c => new CategoryRow { Category = c.Category, Same = c.Channels is null, Channels = [.. c.Channels ?? []] })],
    };

    public PreferencesUpdate ToUpdate() => new(
        new GeneralPreference(Channels, QuietFrom is null && QuietTo is null ? null : new QuietHours(QuietFrom, QuietTo), Digest),
        [.. Categories.Select(c => new CategoryPreference(c.Category, c.Same ? null : c.Channels))]);
}
