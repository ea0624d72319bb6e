using System.Text.Json.Serialization;

namespace CraftMarket.Orders.Domain.Ledger;

/// <summary>
/// The chart of accounts of an association's trade book, kept in đồng (the association's own
/// currency). Debits are positive, credits negative; a transaction's entries sum to zero.
/// Member-payable entries also carry the member, so each household has its own sub-ledger.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LedgerAccount>))]
internal enum LedgerAccount
{
    /// <summary>Asset: what buyers owe on their orders.</summary>
    BuyerReceivable,
    /// <summary>Asset: card payments Stripe holds until it pays the association out.</summary>
    StripeClearing,
    /// <summary>Asset: the association's bank account.</summary>
    Bank,
    /// <summary>Asset: cash in the association's office.</summary>
    Cash,
    /// <summary>Asset: the association's mobile-wallet account (payouts by wallet reference).</summary>
    MobileWallet,
    /// <summary>Revenue: the order's value at the quote's rate.</summary>
    Sales,
    /// <summary>Contra-revenue: sales given back (refunds, cancellations).</summary>
    SalesReturns,
    /// <summary>Liability: paid by a buyer above an order's total, owed back or held as credit.</summary>
    BuyerCredit,
    /// <summary>Expense: members' accepted work at their unit prices (gross of the association's fee).</summary>
    ProductionCost,
    /// <summary>Liability, per member: what the association owes a household.</summary>
    MemberPayable,
    /// <summary>Revenue: the association's fee on members' work.</summary>
    AssociationFee,
    /// <summary>Expense: other costs of an order (freight, packing, testing) the desk records.</summary>
    OrderCosts,
    /// <summary>Expense: the closed order's surplus shared with its producing members.</summary>
    SurplusShared,
    /// <summary>Gain (credit) or loss (debit) between the contract currency at the quote's rate and the đồng received.</summary>
    ExchangeDifference,
}
