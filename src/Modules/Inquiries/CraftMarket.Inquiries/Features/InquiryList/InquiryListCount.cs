using System.Globalization;
using CraftMarket.SharedKernel.Caching;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>
/// "inquiry-list-count": how many lines the visitor's inquiry list holds, for the kept pages' menu
/// badge. Read from the visitor's own cookie (decrypting a few hundred bytes); no database. An empty
/// (or missing, or forged) list answers nothing, so the kept page's empty badge stays as it is.
/// </summary>
internal sealed class InquiryListCount(ListCookie cookie) : IPersonalPart
{
    public const string PartName = "inquiry-list-count";

    public string Name => PartName;

    public ValueTask<string?> ValueAsync(HttpContext http, CancellationToken ct) =>
        ValueTask.FromResult(cookie.Count(http) is > 0 and var count ? count.ToString(CultureInfo.InvariantCulture) : null);
}
