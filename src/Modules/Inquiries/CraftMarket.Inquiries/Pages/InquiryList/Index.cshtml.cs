using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.InquiryList;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.InquiryList;

/// <summary>
/// The buyer's inquiry list, on a village's site and on the platform: lines grouped by village (one
/// inquiry each when sent), quantities editable, lines removable, the terms and files, and sending.
/// One plain form: every button posts the quantities too, so nothing typed is lost without script.
/// Anonymous visitors are asked to sign in (inline) or register; the list is in their cookie and
/// survives it. Each refusal is shown beside its line or field, in the buyer's language.
/// </summary>
[RequestSizeLimit(MaxBodyBytes), RequestFormLimits(MultipartBodyLengthLimit = MaxBodyBytes)]
internal sealed class IndexModel(ListCookie cookie, ListView view, InquirySender sender, ITenantContext tenant,
    ModuleText<InquiriesText> t) : PageModel
{
    public const int MaxBodyBytes = 60 * 1024 * 1024;
    public static readonly string[] TargetCurrencies = ["USD", "EUR", "JPY", "GBP", "AUD", "VND"];

    [BindProperty] public Dictionary<int, string?> Quantity { get; set; } = [];
    [BindProperty] public Dictionary<int, string?> Target { get; set; } = [];
    [BindProperty] public string? TargetCurrency { get; set; }
    [BindProperty] public DateOnly? RequiredBy { get; set; }
    [BindProperty] public string? Incoterm { get; set; }
    [BindProperty] public string? DestinationPort { get; set; }
    [BindProperty] public string? DestinationCountry { get; set; }
    [BindProperty] public string? Packaging { get; set; }
    [BindProperty] public string? Labelling { get; set; }
    [BindProperty] public bool WantsMarkedGoods { get; set; }
    [BindProperty] public bool SampleRequested { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];

    public BuyerList List { get; private set; } = BuyerList.New();
    public IReadOnlyList<VillageGroup> Groups { get; private set; } = [];
    /// <summary>Messages beside a line, by its index in the list.</summary>
    public Dictionary<int, List<string>> LineErrors { get; } = [];
    /// <summary>Messages beside a field of the terms ("requiredBy", "attachments").</summary>
    public Dictionary<string, List<string>> FieldErrors { get; } = new(StringComparer.Ordinal);
    public string? Notice { get; private set; }

    public CurrentActor Actor => HttpContext.Actor();
    public bool CanSend => Actor.IsBuyer;
    public string ReturnUrl => $"{Request.PathBase}/inquiry-list";
    public string Language => Ui.Language;

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = cookie.Read(HttpContext);
        TargetCurrency ??= "USD";
        Incoterm ??= nameof(Contracts.Incoterm.FOB);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct)
    {
        List = ApplyQuantities(cookie.Read(HttpContext));
        cookie.Write(HttpContext, List);
        Notice = T("Quantities saved.");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int line, CancellationToken ct)
    {
        List = ApplyQuantities(cookie.Read(HttpContext)).Without(line);
        cookie.Write(HttpContext, List);
        // Indexes moved: the quantities and prices typed are re-read from the list.
        Quantity.Clear();
        Target.Clear();
        Notice = T("Line removed.");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        List = ApplyQuantities(cookie.Read(HttpContext));
        cookie.Write(HttpContext, List);
        var typedWrong = LineErrors.Count > 0;
        await LoadAsync(ct);
        if (!Actor.IsSignedIn) { Notice = T("Sign in or register to send your inquiry: your list is kept."); return Page(); }
        if (!Actor.IsBuyer) { Notice = T(BuyerContacts.NotABuyer); return Page(); }
        if (List.Count == 0) { Notice = T("Your list is empty."); return Page(); }
        var buyer = BuyerContacts.Of(HttpContext);
        if (buyer.IsFailure) { Notice = buyer.Error!.Message; return Page(); }

        var targets = new Dictionary<int, Money?>();
        var before = LineErrors.Values.Sum(l => l.Count) + FieldErrors.Count;
        for (var i = 0; i < List.Count; i++) targets[i] = ParseTarget(i);
        typedWrong |= LineErrors.Values.Sum(l => l.Count) + FieldErrors.Count > before;
        var parts = List.Villages.Select(v => new VillagePart(v,
            [.. List.Lines.Select((l, i) => (l, i)).Where(x => x.l.Village == v)
                .Select(x => new DraftLine(x.l.Product.Value, x.l.Sku, x.l.Quantity, targets[x.i]))],
            // From the village's own site a lead is the village's; another village's line on it came across villages.
            tenant.TenantId == v ? InquirySource.Village : InquirySource.CrossVillage)).ToList();
        var terms = new InquiryTermsDraft(RequiredBy, Incoterm, DestinationPort, DestinationCountry, Packaging, Labelling,
            WantsMarkedGoods, SampleRequested, Notes);
        var uploads = Attachments.Where(f => f.Length > 0 || f.FileName.Length > 0)
            .Select(f => new Upload(f.FileName, f.OpenReadStream)).ToList();
        var outcome = await sender.SendAsync(parts, terms, buyer.Value!, List.Id, uploads, ct, checkOnly: typedWrong);
        if (outcome.IsSent)
        {
            cookie.Restart(HttpContext);
            var query = string.Join("&", outcome.Sent.Select(s => "v=" + Uri.EscapeDataString(s.Slug)));
            return LocalRedirect($"{Request.PathBase}/inquiry-list/sent?list={List.Id}&{query}");
        }
        if (outcome.Refusal is { } refusal) Notice = T(refusal.Message);
        foreach (var (village, problems) in outcome.Problems) Show(village, problems);
        foreach (var problem in outcome.Attachments) Field("attachments", problem);
        return Page();
    }

    /// <summary>Every line's quantity as typed; a quantity that is not a number stays as it was and is shown wrong.</summary>
    private BuyerList ApplyQuantities(BuyerList list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (!Quantity.TryGetValue(i, out var typed) || typed is null) continue;
            if (int.TryParse(typed.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), NumberStyles.Integer,
                    CultureInfo.InvariantCulture, out var quantity) && quantity is >= 1 and <= OrderRules.MaxQuantity)
                list = list.WithQuantity(i, quantity);
            else
                Line(i, T(OrderRules.OutOfRange));
        }
        return list;
    }

    private Money? ParseTarget(int index)
    {
        if (!Target.TryGetValue(index, out var typed) || string.IsNullOrWhiteSpace(typed)) return null;
        if (!TargetCurrencies.Contains(TargetCurrency ?? "", StringComparer.Ordinal) || !Currency.TryOf(TargetCurrency, out var currency))
        {
            Field("targetCurrency", T("Choose a currency."));
            return null;
        }
        if (Money.TryParse(typed.Replace(",", ".", StringComparison.Ordinal), currency, out var money, out _) && money.IsPositive) return money;
        Line(index, T("Enter a target price above zero."));
        return null;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Groups = await view.LoadAsync(List, HttpContext, ct);
        foreach (var row in Groups.SelectMany(g => g.Rows))
        {
            if (row.Product is null) Line(row.Index, T("This product is no longer in the village's published catalogue: remove it."));
            else if (OrderRules.Quantity("quantity", row.Line.Quantity, row.Product.MinimumOrderQuantity, row.Product.OrderMultiple, row.Product.Unit) is { } wrong)
                Line(row.Index, T(wrong.Text, wrong.Args));
        }
    }

    /// <summary>A village's problems: "lines[k]" is the k-th line of that village, shown beside the list's own line.</summary>
    private void Show(TenantId village, IReadOnlyList<Problem> problems)
    {
        var indexes = List.Lines.Select((l, i) => (l, i)).Where(x => x.l.Village == village).Select(x => x.i).ToList();
        var name = Groups.FirstOrDefault(g => g.Village == village)?.Name;
        foreach (var problem in problems)
        {
            if (problem.Field.StartsWith("lines[", StringComparison.Ordinal)
                && int.TryParse(problem.Field[6..problem.Field.IndexOf(']', StringComparison.Ordinal)], NumberStyles.Integer, CultureInfo.InvariantCulture, out var k)
                && k < indexes.Count)
                Line(indexes[k], T(problem.Text, problem.Args));
            else if (problem.Field == "requiredBy" && Groups.Count > 1 && name is not null)
                Field(problem.Field, $"{name}: {T(problem.Text, problem.Args)}");
            else Field(problem.Field, problem);
        }
    }

    private void Field(string field, Problem problem) => Field(field, T(problem.Text, problem.Args));

    private void Field(string field, string message)
    {
        if (!FieldErrors.TryGetValue(field, out var list)) FieldErrors[field] = list = [];
        if (!list.Contains(message, StringComparer.Ordinal)) list.Add(message);
    }

    private void Line(int index, string message)
    {
        if (!LineErrors.TryGetValue(index, out var list)) LineErrors[index] = list = [];
        if (!list.Contains(message, StringComparer.Ordinal)) list.Add(message);
    }

    private string T(string text, params object[] args) => args.Length == 0 ? t[text] : t.Format(text, args);

    public string QuantityOf(ListRow row) => Quantity.TryGetValue(row.Index, out var typed) && typed is not null
        ? typed : row.Line.Quantity.ToString(CultureInfo.InvariantCulture);

    public string? TargetOf(ListRow row) => Target.GetValueOrDefault(row.Index);
}
