using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Authorization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.Accounts;
using CraftMarket.Identity.Features.ApiTokens;
using CraftMarket.Identity.Features.Invitations;
using CraftMarket.Identity.Features.PasswordReset;
using CraftMarket.Identity.Features.Phone;
using CraftMarket.Identity.Features.Register;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Features.Sessions;
using CraftMarket.Identity.Features.SignIn;
using CraftMarket.Identity.Features.Staff;
using CraftMarket.Identity.Features.TwoFactor;
using CraftMarket.Identity.Features.Password;
using CraftMarket.Identity.Features.Profile;
using CraftMarket.Identity.Messaging;
using CraftMarket.Identity.Seeding;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CraftMarket.Identity;

public static class IdentityModule
{
    public static WebApplicationBuilder AddIdentityModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModuleDb<IdentityDb, SqliteIdentityDb, PostgresIdentityDb>(settings.Database, IdentityDb.Schema);
        services.Configure<SignInLimits>(builder.Configuration.GetSection("CraftMarket:Identity"));
        services.TryAddSingleton(TimeProvider.System);

        services.AddAccounts();
        services.AddScoped<IUserConfirmation<CraftMarketUser>, AccountConfirmation>();
        services.AddSignInSchemes();
        services.AddSiteWideCookiePath();
        services.AddAccountSessions();
        services.AddCraftMarketPolicies();
        services.AddSignInRateLimits();
        services.AddSingleton<AccountThrottle>();
        services.AddModulePages(typeof(IdentityModule).Assembly);

        builder.AddMessaging();

        services.AddSingleton<AccountLinks>();
        services.AddScoped<AccountLookup>();
        services.AddScoped<IBuyerAccounts, Features.Buyers.BuyerAccounts>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<SecurityLog>();
        services.AddScoped<PhoneCodeSignIn>();
        services.AddScoped<BuyerRegistration>();
        services.AddScoped<AddressClaim>();
        services.Configure<AccountExpiryOptions>(builder.Configuration.GetSection("CraftMarket:Identity"));
        services.AddScoped<UnconfirmedAccountExpiry>();
        if (settings.Role.RunsBackgroundWork) services.AddHostedService<UnconfirmedAccountExpiryJob>();
        services.AddScoped<PasswordResetByEmail>();
        services.AddScoped<PasswordResetBySms>();
        services.AddScoped<Authenticator>();
        services.AddScoped<AuthenticatorUri>();
        services.AddScoped<PasswordConfirmation>();
        services.AddScoped<PasswordChange>();
        services.AddScoped<BuyerProfile>();
        services.AddIntegrationEventHandler<MemberInvited, MemberInvitedConsumer>();
        services.AddScoped<ProducerAccounts>();
        services.AddScoped<AccessRevocation>();
        services.AddScoped<StaffRoster>();
        services.AddScoped<IAssociationStaff, AssociationStaff>();
        services.AddScoped<StaffInvitationAcceptance>();
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Staff", "~/admin/staff", 1150, NavigationAudience.AssociationAdmin));
        services.AddIntegrationEventHandler<MemberDeactivated, MemberDeactivatedConsumer>();
        services.AddIntegrationEventHandler<MemberChanged, MemberChangedConsumer>();
        ApiTokensPart.Add(services);
        services.AddScoped<DemoAccounts>();
        services.AddScoped<IDemoDataSeeder, IdentityDemoSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder app)
    {
        // Account changes need the person's own sign-in, never a personal API token (ADR 0067).
        var auth = app.MapGroup("/api/auth").WithTags("Auth").RefuseApiTokens();
        auth.MapSignIn();
        auth.MapPhoneSignIn();
        auth.MapBuyerRegistration();
        auth.MapPasswordReset();
        auth.MapTwoFactor();
        auth.MapPasswordChange();
        auth.MapBuyerProfile();
        auth.MapSecurityLog();
        auth.MapSessions();
        app.MapAccounts();
        app.MapStaff();
        ApiTokensPart.Map(app);
        return app;
    }
}
