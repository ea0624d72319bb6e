using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Quotes;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Quotes;

/// <summary>
/// The export desk's quote page for one inquiry: the versions sent so far and the form for the next
/// one, prefilled from the price breaks at the association's rate, the accepted shares' dates and the
/// trade settings. Changing the currency reloads the prices in it (a GET, no script needed).
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class DeskModel(QuoteDrafts drafts, QuoteReads reads, SendQuote send, Features.Quotes.Pdf.QuotePdf pdf, ModuleText<InquiriesText> t) : PageModel
{
    public QuoteDraft Draft { get; private set; } = null!;
    public IReadOnlyList<QuoteDto> Versions { get; private set; } = [];
    public int? Sent { get; private set; }

    [BindProperty] public QuoteForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? currency, int? sent, CancellationToken ct)
    {
        if (!await Load(id, currency, ct)) return NotFound();
        Sent = sent;
        Form = QuoteForm.From(Draft);
        return Page();
    }

    /// <summary>A version's PDF for staff browsing with the site's cookie (the API route takes bearer tokens only).</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, Guid quote, CancellationToken ct)
    {
        if (await pdf.RenderAsync(new QuoteId(quote), HttpContext.Actor(), ct) is not { } file) return NotFound();
        return File(file.Pdf, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, Form.Currency, ct)) return NotFound();
        if (Form.ToRequest() is not { } request)
        {
            ModelState.AddModelError("", t["Deposit: a percentage from 0 to 100, at most two decimals."]);
            return Page();
        }
        var result = await send.Handle(id, request, HttpContext.Actor(), ct);
        if (result.IsSuccess) return Redirect($"~/admin/inquiries/{id}/quotes?sent={result.Value!.Version}");
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.Clear();
        // The use case answers in English (the API's language); its fixed messages are keys of this page's i18n file.
        var error = result.Error with
        {
            Message = t[result.Error.Message],
            Fields = result.Error.Fields?.ToDictionary(f => f.Key, f => f.Value.Select(m => t[m]).ToArray(), StringComparer.Ordinal),
        };
        ModelState.AddErrors(error, inputOf: _ => "");
        return Page();
    }

    private async Task<bool> Load(Guid id, string? currency, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!QuoteReads.IsDesk(actor)) return false;
        if (await drafts.ForAsync(new InquiryId(id), currency, ct) is not { } draft) return false;
        Draft = draft;
        Versions = (await reads.ForInquiry(new InquiryId(id), actor, ct)).Value ?? [];
        return true;
    }

    public static string Major(Money? money) => money?.ToMajorString() ?? "";

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

/// <summary>The desk's form for a new version: the same fields as the API, the deposit as a percentage.</summary>
internal sealed class QuoteForm
{
    public string Currency { get; set; } = "USD";
    public List<QuoteFormLine> Lines { get; set; } = [];
    public DateOnly? DeliveryDate { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public Incoterm Incoterm { get; set; }
    public string? DestinationPort { get; set; }
    public string DepositPercent { get; set; } = "30";
    public string? BalanceTerms { get; set; }
    public SellerKind SellerKind { get; set; }
    public string? SellerName { get; set; }
    public Guid? LeadFirm { get; set; }

    public static QuoteForm From(QuoteDraft draft) => new()
    {
        Currency = draft.Currency.Code,
        Lines = [.. draft.Lines.Select(l => new QuoteFormLine { LineId = l.Line.Id.Value, UnitPrice = DeskModel.Major(l.DefaultUnitPrice), Quantity = l.Line.Quantity })],
        DeliveryDate = draft.DeliveryFromShares,
        ValidUntil = draft.ValidUntil,
        Incoterm = draft.Inquiry.Incoterm,
        DestinationPort = draft.Inquiry.DestinationPort,
        DepositPercent = (draft.Settings.DepositBasisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture),
        BalanceTerms = draft.Settings.BalanceTerms,
        SellerKind = draft.Settings.SellerKind,
        SellerName = draft.Settings.SellerName,
        LeadFirm = draft.Settings.LeadFirm?.Value,
    };

    /// <summary>The API's request, or null when the deposit is not a percentage.</summary>
    public SendQuoteRequest? ToRequest()
    {
        if (!decimal.TryParse(DepositPercent?.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
            || percent * 100 != decimal.Truncate(percent * 100) || percent > 100)
            return null;
        return new SendQuoteRequest(Currency, [.. Lines.Select(l => new QuoteLineRequest(l.LineId, l.UnitPrice?.Trim().Replace(',', '.'), l.Quantity))],
            DeliveryDate, ValidUntil, Incoterm, DestinationPort, (int)(percent * 100), BalanceTerms, SellerKind,
            string.IsNullOrWhiteSpace(SellerName) ? null : SellerName, LeadFirm);
    }
}

internal sealed class QuoteFormLine
{
    public Guid LineId { get; set; }
    public string? UnitPrice { get; set; }
    public int? Quantity { get; set; }
}
