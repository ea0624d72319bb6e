using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Features.Inbox;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Notifications.Pages.Inbox;

/// <summary>
/// The person's notifications here, newest first, unread marked, 20 a page; plain forms (antiforgery,
/// no script) mark one or all read. Households read it in Vietnamese on their phones. Never cached.
/// </summary>
[Authorize]
internal sealed class IndexModel(PersonalInbox inbox) : PageModel
{
    public InboxPage List { get; private set; } = new([], 0, 1, PersonalInbox.PageSize, false);
    public string Language { get; private set; } = "en";
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? number, string? done, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (Who() is { } refused) return refused;
        var listed = await inbox.ListAsync(HttpContext.Actor(), number is < 1 ? 1 : number, unreadOnly: false, ct);
        if (listed.IsFailure) return NotFound();
        List = listed.Value!;
        Done = done is "read" or "all" ? done : null;
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, [FromForm(Name = "from")] int? from, CancellationToken ct)
    {
        if (Who() is { } refused) return refused;
        var done = await inbox.MarkReadAsync(HttpContext.Actor(), id, ct);
        if (done.IsFailure) return NotFound();
        return Redirect(Back(from, "read"));
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        if (Who() is { } refused) return refused;
        await inbox.MarkAllReadAsync(HttpContext.Actor(), ct);
        return Redirect(Back(null, "all"));
    }

    /// <summary>Only someone with notifications here (staff, a household, a buyer); 404 off an association's site.</summary>
    private IActionResult? Who()
    {
        var actor = HttpContext.Actor();
        if (!actor.HasTenant) return NotFound();
        if (InboxAudience.Of(actor) is null) return Forbid();
        Language = InboxAudience.PageLanguage(actor, Ui.Language);
        return null;
    }

    private static string Back(int? from, string done) =>
        from is > 1 and <= PersonalInbox.MaxPage ? $"~/account/notifications?page={from}&done={done}" : $"~/account/notifications?done={done}";
}
