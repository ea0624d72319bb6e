using CraftMarket.Testing;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests.Support;

/// <summary>
/// The real site with sign-in limits high enough that ordinary tests never trip them. While the
/// Tenancy module is not merged into this branch, a stand-in resolves bat-trang/van-phuc/dong-ky
/// by host; as soon as a real <see cref="ITenantDirectory"/> is registered the stand-in stays out.
/// </summary>
public class IdentityApp(int signInPerMinute = 1000, string? postgres = null, bool seedDemo = true)
    : CraftMarketApp(seedDemo, postgres, new Dictionary<string, string?>
    {
        ["CraftMarket:Identity:SignInPerMinute"] = signInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CraftMarket:Identity:PhoneCodePerMinute"] = signInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            if (services.Any(d => d.ServiceType == typeof(ITenantDirectory))) return;
            services.AddSingleton<ITenantDirectory, StandInTenants>();
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, StandInTenantResolution>();
        });
    }
}
