using CraftMarket.Identity.Contracts;

namespace CraftMarket.Inquiries.Features.Desk;

/// <summary>Export desk work (the inbox, assigning, declining, trade settings) is for the export desk and the association admin; inspectors do not quote.</summary>
internal static class DeskAccess
{
    public static readonly ActorRequirement Requirement = ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin);

    public static bool IsDesk(this CurrentActor actor) => Requirement.IsMetBy(actor);

    /// <summary>How long a buyer may wait for the desk's first answer before the inquiry shows as overdue.</summary>
    public static readonly TimeSpan FirstResponseTarget = TimeSpan.FromHours(24);
}
