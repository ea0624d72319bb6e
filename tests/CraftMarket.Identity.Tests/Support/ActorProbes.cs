using System.Collections;
using CraftMarket.Identity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests.Support;

/// <summary>What a probe answers: the actor the request resolved to.</summary>
public sealed record ActorView(Guid? UserId, string DisplayName, Guid? TenantId, string[] TenantRoles, Guid? MemberId,
    bool IsPlatformAdmin, bool IsBuyer, string? BuyerCompany, bool IsSignedIn, bool IsStaff, bool IsProducer);

/// <summary>
/// The real site plus a test-only endpoint group: /api/test/actor answers the resolved actor to
/// anyone, /api/test/actor/{requirement} only to whom that <see cref="ActorRequirement"/> admits,
/// and /api/test/export-desk is a whole group behind <c>RequireActor(ActorRequirement.ExportDesk)</c>.
/// </summary>
public sealed class ActorProbeApp() : IdentityApp()
{
    public static readonly IReadOnlyDictionary<string, ActorRequirement> Requirements = new Dictionary<string, ActorRequirement>
    {
        ["in-association"] = ActorRequirement.InAssociation,
        ["signed-in"] = ActorRequirement.SignedIn,
        ["association-admin"] = ActorRequirement.AssociationAdmin,
        ["export-desk"] = ActorRequirement.ExportDesk,
        ["inspector"] = ActorRequirement.Inspector,
        ["staff"] = ActorRequirement.Staff,
        ["producer"] = ActorRequirement.Producer,
        ["buyer"] = ActorRequirement.Buyer,
        ["platform-admin"] = ActorRequirement.PlatformAdmin,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ProbeEndpoints(MapProbes)));
    }

    private static void MapProbes(IEndpointRouteBuilder routes)
    {
        var probe = routes.MapGroup("/api/test/actor");
        probe.MapGet("/", (CurrentActor actor) => View(actor));
        foreach (var (name, requirement) in Requirements)
            probe.MapGet("/" + name, (CurrentActor actor) => View(actor)).RequireActor(requirement);

        var exports = routes.MapGroup("/api/test/export-desk").RequireActor(ActorRequirement.ExportDesk);
        exports.MapGet("/", (HttpContext http) => View(http.Actor()));
    }

    private static ActorView View(CurrentActor a) => new(a.UserId, a.DisplayName, a.TenantId?.Value, [.. a.TenantRoles.Order(StringComparer.Ordinal)],
        a.MemberId?.Value, a.IsPlatformAdmin, a.IsBuyer, a.BuyerCompany, a.IsSignedIn, a.IsStaff, a.IsProducer);
}

/// <summary>
/// Adds endpoints to the site's own route table, so they run behind its whole pipeline (tenant
/// resolution, authentication, problem details). The host hands the startup filter the pipeline
/// builder before the site's endpoints are wired into it; the site's route builder shows up in the
/// builder's properties at that moment, and the probes are mapped onto it then.
/// </summary>
internal sealed class ProbeEndpoints(Action<IEndpointRouteBuilder> map) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app => next(new Watching(app, map));

    private sealed class Watching(IApplicationBuilder inner, Action<IEndpointRouteBuilder> map) : IApplicationBuilder
    {
        private readonly WatchedProperties properties = new(inner.Properties, map);
        public IServiceProvider ApplicationServices { get => inner.ApplicationServices; set => inner.ApplicationServices = value; }
        public IFeatureCollection ServerFeatures => inner.ServerFeatures;
        public IDictionary<string, object?> Properties => properties;
        public IApplicationBuilder Use(Func<RequestDelegate, RequestDelegate> middleware) { inner.Use(middleware); return this; }
        public IApplicationBuilder New() => inner.New();
        public RequestDelegate Build() => inner.Build();
    }

    private sealed class WatchedProperties(IDictionary<string, object?> inner, Action<IEndpointRouteBuilder> map) : IDictionary<string, object?>
    {
        private bool mapped;

        private void Saw(object? value)
        {
            if (mapped || value is not IEndpointRouteBuilder routes) return;
            mapped = true;
            map(routes);
        }

        public object? this[string key] { get => inner[key]; set { Saw(value); inner[key] = value; } }
        public void Add(string key, object? value) { Saw(value); inner.Add(key, value); }
        public void Add(KeyValuePair<string, object?> item) { Saw(item.Value); inner.Add(item); }
        public ICollection<string> Keys => inner.Keys;
        public ICollection<object?> Values => inner.Values;
        public int Count => inner.Count;
        public bool IsReadOnly => inner.IsReadOnly;
        public void Clear() => inner.Clear();
        public bool Contains(KeyValuePair<string, object?> item) => inner.Contains(item);
        public bool ContainsKey(string key) => inner.ContainsKey(key);
        public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => inner.CopyTo(array, arrayIndex);
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => inner.GetEnumerator();
        public bool Remove(string key) => inner.Remove(key);
        public bool Remove(KeyValuePair<string, object?> item) => inner.Remove(item);
        public bool TryGetValue(string key, out object? value) => inner.TryGetValue(key, out value);
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
