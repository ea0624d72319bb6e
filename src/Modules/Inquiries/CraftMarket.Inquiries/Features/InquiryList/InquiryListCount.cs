using System.Globalization;
using CraftMarket.SharedKernel.Caching;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>
/// "inquiry-list-count": how many lines the visitor's inquiry list holds, for the kept pages' menu
/// badge. Read from the visitor's own cookie (decrypting a few hundred bytes); no database.
/// </summary>
internal sealed class InquiryListCount(ListCookie cookie) : IPersonalPart
{
    public const string PartName = "inquiry-list-count";

    public string Name => PartName;

    public ValueTask<string?> ValueAsync(HttpContext http, CancellationToken ct) =>
        ValueTask.FromResult<string?>(cookie.Count(http).ToString(CultureInfo.InvariantCulture));
}
