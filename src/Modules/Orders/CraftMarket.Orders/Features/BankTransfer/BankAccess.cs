using CraftMarket.Identity.Contracts;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>Money work (recording receipts and transfers back, reading proofs) is the export desk's and the association admin's; inspectors never see it.</summary>
internal static class BankAccess
{
    public static readonly ActorRequirement Desk = ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin);

    public static bool IsMoneyDesk(this CurrentActor actor) => Desk.IsMetBy(actor);

    /// <summary>The name written on the timeline and the receipt: the person, never an empty string.</summary>
    public static string NameOf(CurrentActor actor) => actor.DisplayName.Length > 0 ? actor.DisplayName : "export desk";
}
