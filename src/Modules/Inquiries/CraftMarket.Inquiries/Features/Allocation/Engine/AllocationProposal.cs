using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Inquiries.Features.Allocation.Engine;

/// <summary>The engine's answer: per line, the new shares and what nobody can make by the due date.</summary>
internal sealed record AllocationProposal(IReadOnlyList<LineProposal> Lines);

internal sealed record LineProposal(InquiryLineId LineId, IReadOnlyList<ProposedShare> Shares, int Uncovered);

internal sealed record ProposedShare(MemberId MemberId, string MemberName, int Quantity, ShareReason Reason);

/// <summary>How the member came in: one of the product's makers, or a member with the same craft or equipment.</summary>
internal enum Route { Maker, SameCraft }

/// <summary>
/// Why the engine chose this member, for a person to read: its route, its capacity left in the
/// window before this share, its last work, and whether the share cap limited the share
/// (<see cref="CapApplied"/>) or was lifted because nobody else could make the rest (<see cref="CapLifted"/>).
/// </summary>
internal sealed record ShareReason(Route Route, int CapacityLeft, DateOnly? LastWork, bool CapApplied, bool CapLifted);
