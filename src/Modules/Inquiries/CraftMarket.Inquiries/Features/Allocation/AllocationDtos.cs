using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Inquiries.Features.Allocation;

/// <summary>
/// An inquiry's allocation: per line, its live shares (proposed, offered, accepted, countered),
/// what they leave <see cref="AllocationLineDto.Uncovered"/>, and the shares that no longer count
/// (declined, withdrawn) apart, so <c>sum(shares.quantity) + uncovered == quantity</c> holds for a
/// line whose live shares are all proposed or accepted (a countered share counts its counter quantity).
/// </summary>
internal sealed record AllocationDto(Guid InquiryId, string Number, InquiryStatus Status, DateOnly DueOn,
    IReadOnlyList<AllocationLineDto> Lines, IReadOnlyList<AllocationWarning> Warnings);

internal sealed record AllocationLineDto(Guid LineId, ProductId ProductId, int Quantity, int OrderMultiple,
    IReadOnlyList<AllocationShareDto> Shares, int Uncovered, IReadOnlyList<AllocationShareDto> Inactive);

internal sealed record AllocationShareDto(Guid ShareId, MemberId MemberId, string MemberName, int Quantity, string Reason,
    ShareStatus Status, DateOnly DueOn, int? CounterQuantity, DateOnly? CounterDueOn);

/// <summary>Something the desk may do but should know: not whole cases, over a member's capacity.</summary>
internal sealed record AllocationWarning(Guid LineId, MemberId? MemberId, string Code, string Message);

/// <summary>The desk's edit (PUT): each listed line's whole allocation; lines not listed stay as they are.</summary>
internal sealed record AllocationEdit(IReadOnlyList<LineEdit>? Lines);

internal sealed record LineEdit(Guid LineId, IReadOnlyList<ShareEdit>? Shares);

internal sealed record ShareEdit(Guid MemberId, int Quantity, DateOnly? DueOn);
