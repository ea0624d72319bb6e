using CraftMarket.SharedKernel.Lists;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.Members.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Features.PublicDirectory;

internal sealed record PublicMemberQuery(int Page = 1, int PageSize = 20, MemberKind? Kind = null, string? Craft = null);

/// <summary>
/// The village's member directory for buyers: active members only, each showing only what its
/// privacy choices allow (the filtering lives on <see cref="Member.ToPublicView"/>).
/// </summary>
internal sealed class PublicDirectoryHandler(MembersDb db)
{
    public async Task<PagedList<PublicMemberView>> List(PublicMemberQuery query, CancellationToken ct)
    {
        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        var members = db.Members.AsNoTracking().Where(m => m.Status == MemberStatus.Active);
        if (query.Kind is { } kind) members = members.Where(m => m.Kind == kind);
        // Translated to SQL (instr/strpos, ordinal in both providers); the StringComparison overload has no translation.
#pragma warning disable CA1307
        if (query.Craft?.Trim() is { Length: > 0 } craft) members = members.Where(m => m.Crafts.Any(c => c.Contains(craft)));
#pragma warning restore CA1307
        var total = await members.CountAsync(ct);
        var items = await members.OrderBy(m => m.DisplayName).ThenBy(m => m.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new PagedList<PublicMemberView>([.. items.Select(m => m.ToPublicView()!)], page, size, total);
    }

    public async Task<Result<PublicMemberView>> Get(MemberId id, CancellationToken ct) =>
        await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } member && member.ToPublicView() is { } view
            ? view
            : Error.NotFound("member");

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] PublicMemberQuery query, PublicDirectoryHandler handler, CancellationToken ct) =>
                Paging.Check(query.Page, query.PageSize) is { } invalid ? invalid.ToProblem() : TypedResults.Ok(await handler.List(query, ct)))
            .AllowAnonymous()
            .WithName("ListPublicMembers")
            .Produces<PagedList<PublicMemberView>>()
            .ProducesValidationProblem()
            .WithSummary("Active members of this association, showing only what each chose to make public.");

        api.MapGet("/{id:guid}", async (Guid id, PublicDirectoryHandler handler, CancellationToken ct) =>
                (await handler.Get(new MemberId(id), ct)).ToHttp())
            .AllowAnonymous()
            .WithName("GetPublicMember")
            .Produces<PublicMemberView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
