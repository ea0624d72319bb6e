using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Features.Buyers;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Pages.Buyers;

/// <summary>
/// One of the buyer's inquiries: status and what happens next, lines, terms, files, the thread
/// (never the association's internal notes: the read leaves them out) with a message form, the quote
/// versions (each to its page and PDF), and withdrawing while it is open. Another buyer's inquiry,
/// or another village's, is "not found".
/// </summary>
[Authorize(Policy = Policies.Buyer)]
internal sealed class DetailModel(BuyerInquiryReads reads, InquiriesDb db, InquiryThread thread, WithdrawInquiry withdraw,
    IPrivateFiles files, ModuleText<InquiriesText> t) : PageModel
{
    public InquiryDetailDto Inquiry { get; private set; } = null!;
    public string? Done { get; private set; }

    [BindProperty] public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Done = done switch
        {
            "sent" => t["Your message was sent to the export desk."],
            "withdrawn" => t["You withdrew this inquiry."],
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid file, CancellationToken ct) =>
        await BuyerEndpoints.OpenAttachmentAsync(db, files, new InquiryId(id), file, HttpContext.Actor(), ct) is { } content
            ? new FileResult(BuyerEndpoints.Serve(content, HttpContext)) : NotFound();

    public async Task<IActionResult> OnPostMessageAsync(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (await InquiryAccess.FindAsync(db, new InquiryId(id), actor, tracked: true, ct) is not ({ } inquiry, InquiryReader.Buyer))
            return NotFound();
        var posted = thread.Post(inquiry, actor, Body, isInternal: false);
        if (posted.IsSuccess)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return Redirect($"~/account/inquiries/{id}?done=sent");
            }
            catch (DbUpdateConcurrencyException)
            {
                posted = Error.Conflict("inquiry_changed", "The inquiry changed at the same moment. Send your message again.");
            }
        }
        return await Refused(id, posted.Error!, ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, int? revision, CancellationToken ct)
    {
        var done = await withdraw.HandleAsync(new InquiryId(id), HttpContext.Actor(), revision, ct);
        if (done.IsSuccess) return Redirect($"~/account/inquiries/{id}?done=withdrawn");
        return done.Error!.Kind == ErrorKind.NotFound ? NotFound() : await Refused(id, done.Error!, ct);
    }

    private async Task<IActionResult> Refused(Guid id, Error error, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        ModelState.Clear();
        ModelState.AddModelError(error.Kind == ErrorKind.Validation ? nameof(Body) : "", Words(error));
        return Page();
    }

    /// <summary>The refusals a buyer can meet here, in their language.</summary>
    private string Words(Error error) => error.Code switch
    {
        "inquiry_changed" => t["The inquiry changed while you were reading it. Look at it again and retry."],
        "inquiry_state" => Inquiry.Status == InquiryStatus.Accepted
            ? t["You accepted a quote for this inquiry, so it can no longer be withdrawn. Write to the export desk instead."]
            : t["This inquiry is closed and can no longer be withdrawn."],
        _ when error.Kind == ErrorKind.Validation => string.IsNullOrWhiteSpace(Body)
            ? t["Write a message."] : t.Format("A message has at most {0} characters.", InquiryMessage.BodyMax),
        _ => t["This could not be done. Please try again."],
    };

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        var actor = HttpContext.Actor();
        if (await reads.DetailAsync(new InquiryId(id), actor, RequestLanguage.Of(HttpContext).Code, ct) is not { Desk: null } found) return false;
        Inquiry = found;
        return true;
    }

    /// <summary>Lets a page handler answer with a minimal-API result (a private file's stream with its headers).</summary>
    private sealed class FileResult(Microsoft.AspNetCore.Http.IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
