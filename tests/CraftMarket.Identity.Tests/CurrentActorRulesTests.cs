using System.Security.Claims;
using CraftMarket.Identity.Authorization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Identity.Tests;

/// <summary>The actor's predicates and requirements, from claims as the sign-in writes them.</summary>
public sealed class CurrentActorRulesTests
{
    private static readonly TenantId Here = TenantId.New();
    private static readonly TenantId Elsewhere = TenantId.New();
    private static readonly Guid Member = Guid.NewGuid();

    private static ClaimsPrincipal User(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), .. claims.Select(c => new Claim(c.Type, c.Value))],
            "test", ClaimTypes.Name, ClaimTypes.Role));

    private static (string, string) RoleHere(string role, TenantId? tenant = null) => (CraftMarketClaims.TenantRole, TenantClaims.Format(tenant ?? Here, role));

    [Fact]
    public void Staff_roles_count_only_in_their_own_association()
    {
        var exportDesk = CurrentActor.From(User(RoleHere(TenantRoles.ExportDesk), RoleHere(TenantRoles.AssociationAdmin, Elsewhere)), Here);
        exportDesk.IsExportDesk.ShouldBeTrue();
        exportDesk.IsStaff.ShouldBeTrue();
        exportDesk.IsAssociationAdmin.ShouldBeFalse("admin of another association only");
        exportDesk.IsInspector.ShouldBeFalse();

        var sameUserElsewhere = CurrentActor.From(User(RoleHere(TenantRoles.ExportDesk)), Elsewhere);
        sameUserElsewhere.IsStaff.ShouldBeFalse();
        sameUserElsewhere.IsSignedIn.ShouldBeTrue();

        CurrentActor.From(User(RoleHere(TenantRoles.Inspector)), null).TenantRoles.ShouldBeEmpty("the platform host has no association");
    }

    [Fact]
    public void A_producer_acts_for_their_member_only_with_the_producer_role()
    {
        var producer = CurrentActor.From(User(RoleHere(TenantRoles.Producer), (CraftMarketClaims.Member, TenantClaims.Format(Here, Member.ToString()))), Here);
        producer.IsProducer.ShouldBeTrue();
        producer.IsProducerFor(out var member).ShouldBeTrue();
        member.ShouldBe(new MemberId(Member));
        producer.IsStaff.ShouldBeFalse();

        var memberClaimOnly = CurrentActor.From(User((CraftMarketClaims.Member, TenantClaims.Format(Here, Member.ToString()))), Here);
        memberClaimOnly.IsProducer.ShouldBeFalse();
        memberClaimOnly.IsProducerFor(out _).ShouldBeFalse();

        var roleWithoutMember = CurrentActor.From(User(RoleHere(TenantRoles.Producer)), Here);
        roleWithoutMember.IsProducer.ShouldBeFalse("a producer role with no member counts for nothing");
    }

    [Fact]
    public void Platform_roles_and_the_buyers_company_hold_on_every_host()
    {
        var buyer = CurrentActor.From(User((ClaimTypes.Role, PlatformRoles.Buyer), (CraftMarketClaims.BuyerCompany, "Homeware Trading KK"),
            (CraftMarketClaims.DisplayName, "Yuki Tanaka")), null);
        buyer.IsBuyer.ShouldBeTrue();
        buyer.BuyerCompany.ShouldBe("Homeware Trading KK");
        buyer.DisplayName.ShouldBe("Yuki Tanaka");
        buyer.IsPlatformAdmin.ShouldBeFalse();

        CurrentActor.From(User((ClaimTypes.Role, PlatformRoles.PlatformAdmin)), Here).IsPlatformAdmin.ShouldBeTrue();
        CurrentActor.From(User((CraftMarketClaims.BuyerCompany, "Not a buyer")), Here).BuyerCompany.ShouldBeNull();
    }

    [Fact]
    public void Anonymous_and_background_actors_hold_no_role()
    {
        var anonymous = CurrentActor.From(new ClaimsPrincipal(new ClaimsIdentity()), Here);
        anonymous.IsAnonymous.ShouldBeTrue();
        anonymous.HasTenant.ShouldBeTrue();
        anonymous.IsStaff.ShouldBeFalse();

        var job = CurrentActor.Background(Here, "Member invitations");
        job.IsSystem.ShouldBeTrue();
        job.IsAnonymous.ShouldBeFalse();
        job.IsSignedIn.ShouldBeFalse();
        job.TenantId.ShouldBe(Here);
        job.IsAssociationAdmin.ShouldBeFalse("background work acts for the association, it does not hold its roles");
    }

    [Fact]
    public void Requirements_need_an_association_unless_they_are_platform_wide()
    {
        var admin = User(RoleHere(TenantRoles.AssociationAdmin));
        ActorRequirement.AssociationAdmin.IsMetBy(CurrentActor.From(admin, Here)).ShouldBeTrue();
        ActorRequirement.AssociationAdmin.IsMetBy(CurrentActor.From(admin, null)).ShouldBeFalse();
        ActorRequirement.InAssociation.IsMetBy(CurrentActor.Anonymous(Here)).ShouldBeTrue();
        ActorRequirement.InAssociation.IsMetBy(CurrentActor.Anonymous(null)).ShouldBeFalse();
        ActorRequirement.Buyer.IsMetBy(CurrentActor.From(User((ClaimTypes.Role, PlatformRoles.Buyer)), null)).ShouldBeTrue();

        var deskOrInspector = ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.Inspector);
        deskOrInspector.NeedsTenant.ShouldBeTrue();
        deskOrInspector.IsMetBy(CurrentActor.From(User(RoleHere(TenantRoles.Inspector)), Here)).ShouldBeTrue();
        deskOrInspector.IsMetBy(CurrentActor.From(User(RoleHere(TenantRoles.Producer)), Here)).ShouldBeFalse();
        ActorRequirement.AnyOf(ActorRequirement.Staff, ActorRequirement.PlatformAdmin).NeedsTenant.ShouldBeFalse();
    }

    [Fact]
    public void The_accessor_builds_once_per_principal_and_tenant_and_follows_a_change_of_either()
    {
        var http = new DefaultHttpContext();
        var tenant = new TenantContext();
        var accessor = new CurrentActorAccessor(new HttpContextAccessor { HttpContext = http }, tenant);

        accessor.Actor.IsAnonymous.ShouldBeTrue();
        accessor.Actor.HasTenant.ShouldBeFalse();
        accessor.Actor.ShouldBeSameAs(accessor.Actor, "resolved once, then kept");

        tenant.Set(Here, "here");
        http.User = User(RoleHere(TenantRoles.Inspector));   // as authentication does after tenant resolution
        accessor.Actor.IsInspector.ShouldBeTrue();
        accessor.Actor.ShouldBeSameAs(accessor.Actor);
        Should.Throw<InvalidOperationException>(() => accessor.ActAsBackground("not in a request"));
    }

    [Fact]
    public void Background_work_acts_as_a_named_system_actor_for_the_messages_tenant()
    {
        var tenant = new TenantContext();
        var accessor = new CurrentActorAccessor(new HttpContextAccessor(), tenant);
        tenant.Set(Here, "here");   // a consumer sets the tenant from its message
        accessor.ActAsBackground("Member invitations");

        accessor.Actor.IsSystem.ShouldBeTrue();
        accessor.Actor.TenantId.ShouldBe(Here);
        accessor.Actor.DisplayName.ShouldBe("Member invitations");
        accessor.Actor.IsStaff.ShouldBeFalse();
    }
}
