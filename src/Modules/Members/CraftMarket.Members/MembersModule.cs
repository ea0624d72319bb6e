using CraftMarket.Members.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.Members.Directory;
using CraftMarket.Members.Features.ActivateMember;
using CraftMarket.Members.Features.DeactivateMember;
using CraftMarket.Members.Features.InviteMember;
using CraftMarket.Members.Features.ListMembers;
using CraftMarket.Members.Features.MyMember;
using CraftMarket.Members.Features.PublicDirectory;
using CraftMarket.Members.Features.ReactivateMember;
using CraftMarket.Members.Features.UpdateMember;
using CraftMarket.Members.Seeding;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Members;

/// <summary>Households and member enterprises of each association: register, invitations, public directory.</summary>
public static class MembersModule
{
    public static WebApplicationBuilder AddMembersModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModulePages(typeof(MembersModule).Assembly);
        services.AddSwitchableModule(MemberDirectoryModule.Switch, "/Members");
        services.AddNavigation(
            new NavigationEntry(NavigationArea.Storefront, "Members", "~/members", 200, NavigationAudience.Everyone) { ModuleKey = MemberDirectoryModule.Switch.Key },
            new NavigationEntry(NavigationArea.Admin, "Manage members", "~/admin/members", 1100, NavigationAudience.AssociationAdmin),
            // Producers' links are Vietnamese on every page: the households they are for read Vietnamese.
            new NavigationEntry(NavigationArea.Account, "Hồ sơ của tôi", "~/account/member", 1400, NavigationAudience.Producer) { TextLanguage = "vi" });
        services.AddModuleDb<MembersDb, SqliteMembersDb, PostgresMembersDb>(settings.Database, MembersDb.SchemaName);
        services.AddOutbox<MembersDb>(settings.Role);
        services.AddIntegrationEvent<MemberInvited>();
        services.AddIntegrationEvent<MemberDeactivated>();
        services.AddIntegrationEvent<MemberChanged>();

        services.AddScoped<InviteMemberHandler>();
        services.AddScoped<UpdateMemberHandler>();
        services.AddScoped<DeactivateMemberHandler>();
        services.AddScoped<ActivateMemberHandler>();
        services.AddScoped<ReactivateMemberHandler>();
        services.AddScoped<Features.ExportEligibility.ExportEligibilityHandler>();
        services.AddScoped<ListMembersHandler>();
        services.AddScoped<PublicDirectoryHandler>();
        services.AddScoped<IMemberDirectory, MemberDirectory>();
        services.AddScoped<IMemberProduction, MemberProduction>();
        services.AddSingleton<IDemoDataSeeder, MembersDemoSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMembersModule(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/members").WithTags("Members").RequireActor(ActorRequirement.InAssociation);
        ListMembersHandler.Map(members);
        MyMemberEndpoints.Map(members);
        InviteMemberHandler.Map(members);
        UpdateMemberHandler.Map(members);
        ActivateMemberHandler.Map(members);
        DeactivateMemberHandler.Map(members);
        ReactivateMemberHandler.Map(members);
        Features.ExportEligibility.ExportEligibilityHandler.Map(members);

        var directory = app.MapGroup("/api/public/members").WithTags("Members").RequireActor(ActorRequirement.InAssociation)
            .RequireModule(MemberDirectoryModule.Switch);
        PublicDirectoryHandler.Map(directory);
        return app;
    }
}
