using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Desk;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Desk;

/// <summary>
/// One inquiry for the export desk: the buyer, terms, lines with what the catalogue says of each
/// product, attachments, the thread with internal notes set apart, and the desk's actions (write,
/// note, assign, decline). Plain forms, each carrying the revision the page showed.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class InquiryModel(DeskInquiryView view, DeskActions actions, ThreadMessages thread, ModuleText<InquiriesText> t) : PageModel
{
    public DeskInquiry View { get; private set; } = null!;
    public string? Done { get; private set; }
    public Guid? Me => HttpContext.Actor().UserId;

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!HttpContext.Actor().IsDesk()) return Forbid();
        if (!await Load(id, ct)) return NotFound();
        Done = done switch
        {
            "sent" => t["The message was sent to the buyer."],
            "noted" => t["The internal note was saved. The buyer does not see it."],
            "assigned" => t["The assignment was saved."],
            "declined" => t["The inquiry was declined and the buyer told why."],
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid file, CancellationToken ct)
    {
        if (await view.AttachmentAsync(new InquiryId(id), file, HttpContext.Actor(), ct) is not { } content) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Content-Type-Options"] = "nosniff";
        var name = Path.GetFileName(content.File.FileName.Replace('\\', '/')).Trim();
        return File(content.Content, content.File.ContentType, name.Length == 0 ? "attachment" : name);
    }

    public async Task<IActionResult> OnPostMessageAsync(Guid id, string? body, bool isInternal, CancellationToken ct) =>
        await After(id, await thread.PostAsync(new InquiryId(id), new MessageInput(body, isInternal), HttpContext.Actor(), ct), isInternal ? "noted" : "sent", ct);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, string? assignee, int revision, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        Guid? user = assignee switch
        {
            null or "" => null,
            "me" => actor.UserId,
            _ => Guid.TryParse(assignee, out var chosen) ? chosen : Guid.Empty,
        };
        return await After(id, await actions.AssignAsync(new InquiryId(id), new AssignInput(user, revision), actor, ct), "assigned", ct);
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, string? reason, int revision, CancellationToken ct) =>
        await After(id, await actions.DeclineAsync(new InquiryId(id), new DeclineInput(reason, revision), HttpContext.Actor(), ct), "declined", ct);

    private async Task<IActionResult> After(Guid id, Result result, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Redirect($"~/admin/inquiries/{id}?done={done}#{(done is "sent" or "noted" ? "thread" : "top")}");
        if (result.Error!.Kind == ErrorKind.NotFound || !await Load(id, ct)) return NotFound();
        if (result.Error.Kind == ErrorKind.Forbidden) return Forbid();
        ModelState.Clear();
        var error = result.Error;
        if (error.Code == "inquiry_changed")
            ModelState.AddModelError("", t["Someone else changed this inquiry since you opened it. It is shown as it is now: check it and try again."]);
        else if (error.Code == "inquiry_closed")
            ModelState.AddModelError("", t["Only a new, allocating or quoted inquiry can be declined."]);
        else
            foreach (var message in error.Fields?.Values.SelectMany(m => m) ?? [error.Message]) ModelState.AddModelError("", t[message]);
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await view.FindAsync(new InquiryId(id), HttpContext.Actor(), ct) is not { } found) return false;
        View = found;
        return true;
    }
}
