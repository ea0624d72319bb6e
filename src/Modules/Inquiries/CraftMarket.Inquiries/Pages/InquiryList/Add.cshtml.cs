using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Features.InquiryList;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.InquiryList;

/// <summary>
/// Where "Request a quote" leads (a plain link from the kept product page): the buyer picks the
/// variant and quantity, told the minimum order, the case size and the lead time, and adds it to
/// the list. Never kept (it posts with antiforgery); anyone may use it, signed in or not.
/// </summary>
internal sealed class AddModel(ICatalogue catalogue, ITenantContext tenant, ListCookie cookie, ModuleText<InquiriesText> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "product")] public Guid? ProductId { get; set; }
    [BindProperty(SupportsGet = true, Name = "variant")] public string? Variant { get; set; }
    [BindProperty] public string? Quantity { get; set; }

    public PublishedProduct Product { get; private set; } = null!;
    public bool AlreadyListed { get; private set; }
    public string Language => Ui.Language;

    public Localized Text(IReadOnlyDictionary<string, string> texts) => Localized.Pick(texts, Language);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var list = cookie.Read(HttpContext);
        var at = list.Index(tenant.TenantId!.Value, Product.Id, ChosenSku);
        AlreadyListed = at >= 0;
        Quantity ??= (at >= 0 ? list.Lines[at].Quantity : OrderRules.Suggested(Product.MinimumOrderQuantity, Product.OrderMultiple))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Variant is { Length: > 0 } && ChosenSku is null) ModelState.AddModelError(nameof(Variant), t.Format("This product has no variant {0}.", Variant));
        if (!long.TryParse(Quantity, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var quantity))
            quantity = 0;
        if (OrderRules.Quantity("quantity", quantity, Product.MinimumOrderQuantity, Product.OrderMultiple, Product.Unit) is { } wrong)
            ModelState.AddModelError(nameof(Quantity), t.Format(wrong.Text, wrong.Args));
        if (!ModelState.IsValid) return Page();

        var list = cookie.Read(HttpContext);
        if (list.With(new ListLine(tenant.TenantId!.Value, Product.Id, ChosenSku, (int)quantity)) is not { } added)
        {
            ModelState.AddModelError("", t.Format("Your list holds at most {0} lines: send it or remove some first.", BuyerList.MaxLines));
            return Page();
        }
        cookie.Write(HttpContext, added);
        return LocalRedirect(Request.PathBase + "/inquiry-list");
    }

    /// <summary>The catalogue's own SKU of the chosen variant, or null for the product itself (or an unknown variant).</summary>
    public string? ChosenSku => Variant is { Length: > 0 } v
        ? Product.Variants.FirstOrDefault(x => string.Equals(x.Sku, v.Trim(), StringComparison.OrdinalIgnoreCase))?.Sku : null;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!tenant.HasTenant || ProductId is not { } id) return false;
        var found = await catalogue.FindPublishedAsync([new ProductId(id)], ct);
        if (found.Count == 0) return false;
        Product = found[0];
        return true;
    }
}
