using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Inquiries.Features.Allocation.Engine;

/// <summary>
/// Everything the engine needs, read beforehand (<see cref="CapacityRead"/>): the engine itself does
/// no I/O, so the same input always gives the same proposal (property-tested, benchmarked).
/// </summary>
internal sealed record AllocationInput(
    InquiryId InquiryId,
    DateOnly Today,
    DateOnly DueOn,
    int ShareCapBasisPoints,
    IReadOnlyList<LineRequest> Lines,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<ProductFacts> Products,
    IReadOnlyList<CommittedWork> Committed);

/// <summary>
/// One line to share out. <see cref="Kept"/> is what live shares the engine must not touch already
/// cover (offered, accepted, countered); <see cref="Excluded"/> are members who may not get a new
/// share on this line (they declined it, or already hold a kept share of it). <see cref="MarkHolders"/>
/// is null when the buyer did not ask for marked goods, else the members certified for the product.
/// </summary>
internal sealed record LineRequest(
    InquiryLineId LineId, ProductId ProductId, int Quantity, int Kept,
    IReadOnlySet<MemberId> Excluded, IReadOnlySet<MemberId>? MarkHolders);

/// <summary>
/// A member as the engine sees it. <see cref="Skills"/> are its crafts and equipment, folded
/// (TextFolding); <see cref="MonthlyCapacity"/> is keyed by the folded category name it declared
/// (published or private: the engine serves staff only). <see cref="LastWork"/>: the day of its
/// latest accepted share or commitment, null if it never had work through the association.
/// </summary>
internal sealed record Candidate(
    MemberId Id, string Name, bool Active, bool ExportEligible,
    IReadOnlyList<string> Skills, IReadOnlyDictionary<string, int> MonthlyCapacity, DateOnly? LastWork);

/// <summary>
/// What the engine needs of a product: its capacity key (the folded Vietnamese category name, as
/// Catalogue's MakerCapacity keys it), the folded Vietnamese words a craft is matched against
/// (category, technique, material), its makers, and its case size.
/// </summary>
internal sealed record ProductFacts(
    ProductId Id, string CapacityKey, IReadOnlyList<string> CraftWords, IReadOnlyList<MemberId> Makers, int OrderMultiple);

/// <summary>Work a member already promised (a commitment, or a share offered or accepted in another open inquiry).</summary>
internal sealed record CommittedWork(MemberId MemberId, string CapacityKey, DateOnly From, DateOnly To, int Quantity);
