namespace CraftMarket.Inquiries.Domain;

/// <summary>
/// The buyer behind an inquiry, copied from their account when they send it: the desk answers the
/// person who asked even if the account changes later. Households never see any of it.
/// </summary>
internal sealed record BuyerContact(Guid UserId, string Name, string Email, string? Company, string Language)
{
    public const int NameMax = 200, EmailMax = 254, CompanyMax = 200;
}
