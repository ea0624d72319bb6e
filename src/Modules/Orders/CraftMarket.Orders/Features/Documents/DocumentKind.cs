using CraftMarket.Orders.Contracts;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>The three trade documents of an order, named in URLs as "proforma", "invoice" and "packing-list".</summary>
internal enum DocumentKind { Proforma, Invoice, PackingList }

internal static class DocumentKinds
{
    public static bool TryParse(string? slug, out DocumentKind kind)
    {
        switch (slug)
        {
            case "proforma": kind = DocumentKind.Proforma; return true;
            case "invoice": kind = DocumentKind.Invoice; return true;
            case "packing-list": kind = DocumentKind.PackingList; return true;
            default: kind = default; return false;
        }
    }

    public static string Slug(this DocumentKind kind) => kind switch
    {
        DocumentKind.Proforma => "proforma",
        DocumentKind.Invoice => "invoice",
        _ => "packing-list",
    };

    /// <summary>The timeline kind written when the document is first issued: "document:proforma".</summary>
    public static string TimelineKind(this DocumentKind kind) => "document:" + kind.Slug();

    /// <summary>
    /// Whether the document may be issued in this state. The proforma asks for the deposit, so it exists
    /// from the start (and stays readable after a cancellation, for the buyer's books). The commercial invoice and the packing list describe goods that are packed and
    /// inspected: only from ReadyToShip on (the desk may still preview them, marked as a draft).
    /// </summary>
    public static bool IsIssuableIn(this DocumentKind kind, OrderState state) => kind switch
    {
        DocumentKind.Proforma => true,
        _ => state is OrderState.ReadyToShip or OrderState.Shipped or OrderState.Delivered or OrderState.Closed,
    };
}
