using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Phones;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.Members.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Features.ListMembers;

/// <summary>Filters for the association's member register. Page is 1-based; see <see cref="Paging"/> for the bounds.</summary>
internal sealed record MemberQuery(int Page = 1, int PageSize = 20, MemberKind? Kind = null, MemberStatus? Status = null, string? Search = null)
{
    public MemberQuery Clamped()
    {
        var (page, size) = Paging.Clamp(Page, PageSize);
        return this with { Page = page, PageSize = size };
    }
}

internal sealed class ListMembersHandler(MembersDb db)
{
    public async Task<PagedList<Member>> Handle(MemberQuery query, CancellationToken ct)
    {
        var q = query.Clamped();
        var members = db.Members.AsNoTracking();
        if (q.Kind is { } kind) members = members.Where(m => m.Kind == kind);
        if (q.Status is { } status) members = members.Where(m => m.Status == status);
        if (q.Search?.Trim() is { Length: > 0 } search)
        {
            // Staff often look a household up by the phone it called from.
            var phone = VietnamesePhone.Normalize(search) is { IsSuccess: true } valid ? valid.Value : null;
            var term = search.ToLowerInvariant();
            // Translated to SQL lower(...) LIKE: the database folds case, no .NET culture is involved,
            // and the culture-taking overloads have no SQL translation.
#pragma warning disable CA1304, CA1311
            members = members.Where(m => m.DisplayName.ToLower().Contains(term) || m.RepresentativeName.ToLower().Contains(term)
                || m.Commune.ToLower().Contains(term) || m.PhoneE164 == phone);
#pragma warning restore CA1304, CA1311
        }
        var total = await members.CountAsync(ct);
        var items = await members.OrderBy(m => m.DisplayName).ThenBy(m => m.Id)
            .Skip(Paging.Skip(q.Page, q.PageSize)).Take(q.PageSize).ToListAsync(ct);
        return new PagedList<Member>(items, q.Page, q.PageSize, total);
    }

    public async Task<Result<Member>> Get(MemberId id, CancellationToken ct) =>
        await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } member ? member : Error.NotFound("member");

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/", async ([AsParameters] MemberQuery query, ListMembersHandler handler, CancellationToken ct) =>
            {
                if (Paging.Check(query.Page, query.PageSize) is { } invalid) return invalid.ToProblem();
                var page = await handler.Handle(query, ct);
                return TypedResults.Ok(new PagedList<MemberDto>([.. page.Items.Select(MemberDto.From)], page.Page, page.PageSize, page.Total));
            })
            .RequireAuthorization(Policies.AssociationStaff)
            .WithName("ListMembers")
            .Produces<PagedList<MemberDto>>()
            .ProducesValidationProblem()
            .WithSummary("The association's members, filtered by kind, status or a search term (name, commune, phone).");

        api.MapGet("/{id:guid}", async (Guid id, ListMembersHandler handler, CancellationToken ct) =>
            {
                var found = await handler.Get(new MemberId(id), ct);
                return found.IsSuccess ? TypedResults.Ok(MemberDto.From(found.Value!)) : found.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.AssociationStaff)
            .WithName("GetMember")
            .Produces<MemberDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
