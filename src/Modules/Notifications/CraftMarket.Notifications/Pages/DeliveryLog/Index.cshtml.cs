using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Centre;
using CraftMarket.SharedKernel.Lists;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Notifications.Pages.DeliveryLog;

/// <summary>
/// The association admin's delivery log, in Vietnamese: every notification on every channel, how it
/// went and why, newest first, filtered by status and channel with a plain GET form (no script).
/// </summary>
[Authorize(Policy = Policies.AssociationAdmin)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
internal sealed class IndexModel(Features.Centre.DeliveryLog log) : PageModel
{
    public const int PageSize = 50;

    public PagedList<DeliveryLine> Lines { get; private set; } = new([], 1, PageSize, 0);
    public string? Status { get; private set; }
    public string? Channel { get; private set; }
    public int PageCount => Math.Max(1, (Lines.Total + Lines.PageSize - 1) / Lines.PageSize);

    public static IReadOnlyList<string> Statuses => Enum.GetNames<DeliveryStatus>();
    public static IReadOnlyList<string> Channels => Enum.GetNames<Domain.Channel>();

    public async Task OnGetAsync(string? status, string? channel, int p = 1, CancellationToken ct = default)
    {
        // A page clamps what a person typed instead of answering 400: an unknown filter is no filter.
        Status = Statuses.FirstOrDefault(s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase));
        Channel = Channels.FirstOrDefault(c => string.Equals(c, channel, StringComparison.OrdinalIgnoreCase));
        var page = Math.Clamp(p, 1, Paging.MaxPage);
        var result = await log.ListAsync(new DeliveryFilter(Status, Channel, page, PageSize), ct);
        if (result.IsSuccess) Lines = result.Value!;
    }
}
