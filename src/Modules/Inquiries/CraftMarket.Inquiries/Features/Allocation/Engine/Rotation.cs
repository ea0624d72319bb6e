using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Inquiries.Features.Allocation.Engine;

/// <summary>
/// The tie-break between members equal on route and last work: FNV-1a over the inquiry's and the
/// member's ids. Stable across runs and machines (unlike string hash codes), and different for each
/// inquiry, so a household that comes last in one inquiry's ties is not last in every inquiry's.
/// </summary>
internal static class Rotation
{
    public static ulong Of(InquiryId inquiry, MemberId member)
    {
        Span<byte> bytes = stackalloc byte[32];
        inquiry.Value.TryWriteBytes(bytes[..16]);
        member.Value.TryWriteBytes(bytes[16..]);
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
