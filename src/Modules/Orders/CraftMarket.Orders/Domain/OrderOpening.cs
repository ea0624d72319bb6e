using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// Turns an accepted quote into the order and one work order per accepted share, as one pure step,
/// so the consumer, the demo and tests open orders the same way. <paramref name="casePieces"/> gives
/// each product's case size (pieces per carton) where the catalogue knows it.
/// </summary>
internal static class OrderOpening
{
    public static (Order Order, List<WorkOrder> Work) Open(QuoteAccepted e, IReadOnlyDictionary<Guid, int> casePieces, DateTimeOffset now)
    {
        var order = new Order(e.TenantId, e.OrderId, NumberFor(e.InquiryNumber, e.OrderId), now)
        {
            InquiryId = e.InquiryId,
            InquiryNumber = e.InquiryNumber,
            QuoteId = e.QuoteId,
            QuoteVersion = e.QuoteVersion,
            Buyer = new OrderBuyer(e.Buyer.UserId, e.Buyer.Name, e.Buyer.Email, e.Buyer.Company, e.Language),
            SellerKind = e.Seller.Kind,
            SellerName = e.Seller.Name,
            LeadFirm = e.Seller.LeadFirm,
            CurrencyCode = e.Total.Currency.Code,
            TotalMinor = e.Total.MinorUnits,
            TotalVnd = e.TotalVnd.MinorUnits,
            VndPerUnit = e.VndPerUnit,
            RateDate = e.RateDate,
            DepositBasisPoints = e.DepositBasisPoints,
            BalanceTerms = e.BalanceTerms,
            Incoterm = e.Incoterm,
            DestinationPort = e.DestinationPort,
            DestinationCountry = e.DestinationCountry,
            DeliveryDate = e.DeliveryDate,
            Language = e.Language,
        };
        var work = new List<WorkOrder>();
        var position = 0;
        foreach (var line in e.Lines)
        {
            order.Lines.Add(new OrderLine(line.LineId, position++, line.ProductId, line.VariantSku, line.Description, line.Quantity,
                line.UnitPrice.MinorUnits, line.LineTotal.MinorUnits, line.HsCode)
            {
                PiecesPerCarton = Math.Max(1, casePieces.GetValueOrDefault(line.ProductId.Value, 1)),
                Unit = line.Unit,
            });
            foreach (var share in line.Shares)
            {
                work.Add(new WorkOrder(e.TenantId, WorkOrderId.New(), e.OrderId, share.ShareId, share.MemberId, line.LineId, line.ProductId, now)
                {
                    VariantSku = line.VariantSku,
                    Description = line.Description,
                    Quantity = share.Quantity,
                    Unit = line.Unit,
                    DueOn = share.DueOn,
                    MemberUnitPriceDong = share.MemberUnitPrice.MinorUnits,
                    BuyerUnitPriceMinor = line.UnitPrice.MinorUnits,
                    BuyerCurrencyCode = line.UnitPrice.Currency.Code,
                    BuyerUnitPriceDong = order.ToVnd(line.UnitPrice).MinorUnits,
                });
            }
        }
        return (order, work);
    }

    /// <summary>"BT-RFQ-2026-0042" becomes "BT-ORD-2026-0042"; an unexpected number gets the order id's first characters.</summary>
    public static string NumberFor(string inquiryNumber, OrderId id) =>
        inquiryNumber.Contains("-RFQ-", StringComparison.Ordinal)
            ? inquiryNumber.Replace("-RFQ-", "-ORD-", StringComparison.Ordinal)
            : "ORD-" + id.Value.ToString("N")[..12].ToUpperInvariant();
}
