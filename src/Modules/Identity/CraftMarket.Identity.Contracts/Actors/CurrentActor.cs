using System.Security.Claims;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Identity.Contracts;

/// <summary>
/// Who is acting, and for which association: the one answer every module asks for (ADR 24).
/// Built once per request from the sign-in's claims and the request's tenant, or named explicitly
/// by background work. Tenant roles and the producer's member count only for <see cref="TenantId"/>:
/// a Bat Trang admin is an ordinary signed-in user on Van Phuc.
/// </summary>
public sealed record CurrentActor
{
    private static readonly IReadOnlySet<string> NoRoles = new HashSet<string>(StringComparer.Ordinal);

    private CurrentActor() { }

    /// <summary>The account, or null for an anonymous visitor and for background work.</summary>
    public Guid? UserId { get; private init; }
    public string DisplayName { get; private init; } = "";
    /// <summary>The association acted for; null on the platform host (and for unknown or suspended ones).</summary>
    public TenantId? TenantId { get; private init; }
    /// <summary>Roles held in <see cref="TenantId"/> (see <see cref="Contracts.TenantRoles"/>).</summary>
    public IReadOnlySet<string> TenantRoles { get; private init; } = NoRoles;
    /// <summary>The household or enterprise a producer acts for here; only with the producer role.</summary>
    public MemberId? MemberId { get; private init; }
    public bool IsPlatformAdmin { get; private init; }
    public bool IsBuyer { get; private init; }
    /// <summary>The company a buyer buys for (from their registration), when they gave one.</summary>
    public string? BuyerCompany { get; private init; }
    /// <summary>Background work (an event consumer, a job) acting on the association's behalf, not a person.</summary>
    public bool IsSystem { get; private init; }

    public bool IsSignedIn => UserId is not null;
    public bool IsAnonymous => !IsSignedIn && !IsSystem;
    public bool HasTenant => TenantId is not null;
    public bool IsAssociationAdmin => TenantRoles.Contains(Contracts.TenantRoles.AssociationAdmin);
    public bool IsExportDesk => TenantRoles.Contains(Contracts.TenantRoles.ExportDesk);
    public bool IsInspector => TenantRoles.Contains(Contracts.TenantRoles.Inspector);
    /// <summary>Association admin, export desk or inspector here.</summary>
    public bool IsStaff => IsAssociationAdmin || IsExportDesk || IsInspector;
    /// <summary>A producer here, acting for a member (a producer role without a member counts for nothing).</summary>
    public bool IsProducer => MemberId is not null;

    public bool IsProducerFor(out MemberId member)
    {
        member = MemberId.GetValueOrDefault();
        return MemberId is not null;
    }

    public static CurrentActor Anonymous(TenantId? tenant) => new() { TenantId = tenant, DisplayName = "anonymous" };

    /// <summary>Background work for one association (or the platform when null), named for audit trails and logs.</summary>
    public static CurrentActor Background(TenantId? tenant, string job) => new() { TenantId = tenant, DisplayName = job, IsSystem = true };

    /// <summary>The signed-in user of <paramref name="user"/> as seen from <paramref name="tenant"/>.</summary>
    public static CurrentActor From(ClaimsPrincipal user, TenantId? tenant)
    {
        if (user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return Anonymous(tenant);
        var roles = tenant is { } here ? new HashSet<string>(TenantClaims.RolesIn(user, here), StringComparer.Ordinal) : [];
        var member = tenant is { } t && roles.Contains(Contracts.TenantRoles.Producer)
            && Guid.TryParse(TenantClaims.MemberIn(user, t), out var memberId) ? new MemberId(memberId) : (MemberId?)null;
        var buyer = user.IsInRole(PlatformRoles.Buyer);
        return new CurrentActor
        {
            UserId = userId,
            DisplayName = user.FindFirstValue(CraftMarketClaims.DisplayName) ?? user.Identity.Name ?? "",
            TenantId = tenant,
            TenantRoles = roles,
            MemberId = member,
            IsPlatformAdmin = user.IsInRole(PlatformRoles.PlatformAdmin),
            IsBuyer = buyer,
            BuyerCompany = buyer ? user.FindFirstValue(CraftMarketClaims.BuyerCompany) : null,
        };
    }

    /// <summary>Lets a minimal API take the actor as a parameter: <c>(CurrentActor actor, ...) =&gt;</c>.</summary>
    public static ValueTask<CurrentActor?> BindAsync(HttpContext context) => ValueTask.FromResult<CurrentActor?>(context.Actor());

    public override string ToString() =>
        IsSystem ? $"system ({DisplayName})" : IsSignedIn ? $"{DisplayName} ({UserId})" : "anonymous";
}
