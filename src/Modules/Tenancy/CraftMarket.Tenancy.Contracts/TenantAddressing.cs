namespace CraftMarket.Tenancy.Contracts;

/// <summary>
/// How associations are addressed (section <c>CraftMarket:Tenancy</c>): {slug}.{BaseDomain}, or
/// /{PathPrefix}/{slug}/ on the platform host. For the host's links and robots.txt, which may read
/// modules' contracts only.
/// </summary>
public sealed record TenantAddressing(string BaseDomain, string PathPrefix);
