using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>
/// The HTTP client deliveries go out on. Its connections resolve the host themselves and connect only
/// to allowed addresses (<see cref="TargetAddresses"/>), so a name that resolved to a public address
/// when registered and to 127.0.0.1 now (DNS rebinding) is still refused. No redirects are followed
/// (a 3xx counts as a failure), no proxy, no cookies.
/// </summary>
internal static class WebhookHttp
{
    public const string ClientName = "craftmarket-webhooks";

    public static void Add(IServiceCollection services) =>
        services.AddHttpClient(ClientName, (sp, client) =>
            {
                client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("CraftMarket-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => Handler(sp.GetRequiredService<IOptions<WebhookOptions>>().Value));

    private static SocketsHttpHandler Handler(WebhookOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await TargetAddresses.ResolveAsync(context.DnsEndPoint.Host, ct);
            if (addresses.Length == 0) throw new HttpRequestException("The host name does not resolve.");
            if (addresses.Any(a => !TargetAddresses.IsAllowed(a, options)))
                throw new HttpRequestException("Refused: the host resolves to a private, loopback or link-local address.");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
