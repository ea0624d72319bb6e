using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>
/// "notifications-unread": how many of the signed-in person's notifications here are unread, for the
/// bell in the shared layout. A fresh page (staff, households) renders it on the server; a kept page
/// never holds it and /personal answers it to the visitor alone. One indexed count per page view;
/// nothing for anonymous visitors or for someone with no role here (no bell).
/// </summary>
internal sealed class UnreadBell : IPersonalPart
{
    public const string PartName = "notifications-unread";
    private const int Shown = 99;

    public string Name => PartName;

    public async ValueTask<string?> ValueAsync(HttpContext http, CancellationToken ct)
    {
        var actor = http.Actor();
        if (InboxAudience.Of(actor) is null) return null;
        // The same request may ask twice (the layout of a fresh page): one count per request.
        if (http.Items.TryGetValue(PartName, out var known)) return (string?)known;
        var unread = await http.RequestServices.GetRequiredService<PersonalInbox>().UnreadCountAsync(actor, ct);
        var text = unread > Shown ? $"{Shown}+" : unread.ToString(CultureInfo.InvariantCulture);
        http.Items[PartName] = text;
        return text;
    }
}
