using System.Text.Json.Serialization;

namespace CraftMarket.Inquiries.Contracts;

/// <summary>Where an inquiry stands, as the buyer and the export desk both see it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InquiryStatus>))]
public enum InquiryStatus
{
    /// <summary>Sent by the buyer, not yet taken up by the desk.</summary>
    New,
    /// <summary>The desk is sharing the work among members (proposal, offers, answers).</summary>
    Allocating,
    /// <summary>A quote version was sent and awaits the buyer.</summary>
    Quoted,
    Accepted,
    /// <summary>The association declined the request (or the buyer declined the quote).</summary>
    Declined,
    /// <summary>The last quote's validity passed without an answer.</summary>
    Expired,
    /// <summary>The buyer withdrew the request.</summary>
    Withdrawn,
}

/// <summary>
/// The Incoterms 2020 rules the association quotes under. FOB names Hai Phong (the port the villages
/// around Hanoi ship from); CIF and CFR name the buyer's destination port.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Incoterm>))]
public enum Incoterm { EXW, FOB, CFR, CIF }

public static class Incoterms
{
    public const string FobPort = "Hai Phong";

    /// <summary>CIF and CFR are priced to the buyer's port, so they need one.</summary>
    public static bool NeedsDestinationPort(this Incoterm term) => term is Incoterm.CIF or Incoterm.CFR;

    /// <summary>"FOB Hai Phong", "CIF Rotterdam", "EXW".</summary>
    public static string Describe(Incoterm term, string? destinationPort) => term switch
    {
        Incoterm.FOB => $"FOB {FobPort}",
        Incoterm.CIF or Incoterm.CFR => $"{term} {destinationPort}".TrimEnd(),
        _ => term.ToString(),
    };
}

/// <summary>Where the lead came from (the association's insight counts leads by source).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InquirySource>))]
public enum InquirySource
{
    /// <summary>From the village's own storefront.</summary>
    Village,
    /// <summary>From the platform's cross-village search or landing page.</summary>
    CrossVillage,
    /// <summary>Through the API or typed in by the desk.</summary>
    Direct,
}

/// <summary>Who signs the contract with the buyer: never a household (DOMAIN.md: households cannot sign).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SellerKind>))]
public enum SellerKind { Association, ExportCentre, LeadFirm }
