using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>Who reads and writes the ledger: the export desk and the association admin; a household reads only its own lines.</summary>
internal static class LedgerAccess
{
    public static readonly ActorRequirement Desk = ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin);

    public static bool IsLedgerDesk(this CurrentActor actor) => actor.IsExportDesk || actor.IsAssociationAdmin;

    /// <summary>The desk reads any household of its association; a household only itself (another's id reads as not found).</summary>
    public static bool MayRead(this CurrentActor actor, MemberId member) =>
        actor.IsLedgerDesk() || (actor.IsProducerFor(out var own) && own == member);
}
