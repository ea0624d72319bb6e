namespace CraftMarket.Identity.Contracts;

/// <summary>A buyer's account as other modules may copy it onto their records (an inquiry's contact).</summary>
public sealed record BuyerAccount(Guid UserId, string Name, string Email, string? Company, string? Country, string Language);

/// <summary>
/// Buyer accounts for other modules: the account behind a signed-in buyer (its e-mail and company,
/// which claims may carry stale), and the demo buyers for demo data. Only accounts holding the buyer
/// role are answered.
/// </summary>
public interface IBuyerAccounts
{
    Task<BuyerAccount?> FindAsync(Guid userId, CancellationToken ct);
    Task<BuyerAccount?> FindByEmailAsync(string email, CancellationToken ct);
}
