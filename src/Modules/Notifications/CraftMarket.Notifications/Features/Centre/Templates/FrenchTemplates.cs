namespace CraftMarket.Notifications.Features.Centre.Templates;

/// <summary>Français : for buyers who read French.</summary>
internal static class FrenchTemplates
{
    public static readonly IReadOnlyDictionary<string, MessageTemplate> All = new Dictionary<string, MessageTemplate>(StringComparer.Ordinal)
    {
        ["inquiry.submitted"] = new("Nouvelle demande de devis", "Un acheteur a envoyé une demande de devis à {at}. Ouvrez-la pour l’examiner et l’attribuer."),
        ["inquiry.buyer-message"] = new("L’acheteur a écrit", "L’acheteur a écrit au sujet d’une demande à {at}. Ouvrez-la pour répondre."),
        ["quote.accepted"] = new("Devis {number} accepté", "L’acheteur a accepté le devis {number} (version {version}), total {total}, livraison avant le {deliveryDate}. La commande est ouverte."),
        ["order.payment-received"] = new("Paiement reçu", "Un paiement est arrivé pour la commande : {paid} payés sur {total}."),
        ["work-order.ready"] = new("Un lot attend l’inspection", "Un foyer a terminé {quantity} pièces (échéance {dueOn}). Organisez l’inspection."),
        ["certificate.expiring"] = new("Le certificat {number} expire bientôt", "Le certificat {number} est valable jusqu’au {validUntil}. Rappelez au membre de le renouveler."),
        ["label-batch.revoked"] = new("Un lot d’étiquettes a été révoqué", "{count} étiquettes ont été révoquées. Motif : {reason}."),
        ["webhook.disabled"] = new("Un webhook a été désactivé", "{url} a été désactivé après {failures} échecs consécutifs. Dernière erreur : {error}."),
        ["work-order.issued"] = new("Vous avez un nouveau travail", "L’association vous confie {quantity} pièces, échéance {dueOn}, rémunération {value}."),
        ["work-order.inspected"] = new("Votre lot a été inspecté", "Acceptées {accepted}, à reprendre {rework}, refusées {rejected}. Compté pour le paiement : {value}."),
        ["member.paid"] = new("Vous avez été payé", "L’association vous a versé {amount} le {paidOn}."),
        ["notice"] = new("{title}", "{text}"),
        ["digest"] = new("Votre résumé du jour ({count})", "Vos notifications depuis hier :\n{items}"),
    };
}
