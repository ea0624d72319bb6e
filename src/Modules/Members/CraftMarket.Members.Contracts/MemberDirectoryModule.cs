using CraftMarket.SharedKernel.Hosting.Modules;

namespace CraftMarket.Members.Contracts;

/// <summary>
/// The public member directory (/members, a member's profile, /api/public/members) is switchable
/// per association; the register itself, invitations and producers' own profiles are not, as
/// sign-in and the catalogue's makers depend on them. Pages linking to profiles check this key.
/// </summary>
public static class MemberDirectoryModule
{
    public static readonly SwitchableModule Switch = new("member-directory", "Public member directory");
}
