using System.Net;
using System.Net.Sockets;
using CraftMarket.Catalogue.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>
/// The HTTP client for machine translation: no redirects, no proxy, no cookies, and every address a
/// host name resolves to checked when connecting, so a public name that points inside is refused too.
/// </summary>
internal static class MachineTranslationHttp
{
    public static IServiceCollection AddMachineTranslation(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MachineTranslationOptions.Section);
        var allowed = section.GetSection("AllowedHosts").Get<string[]>() ?? [];
        var seconds = section.GetValue("TimeoutSeconds", 10.0);
        var options = new MachineTranslationOptions(allowed, TimeSpan.FromSeconds(Math.Clamp(seconds, 0.1, 60)));
        services.AddSingleton(options);
        services.AddScoped<IMachineTranslator, HttpMachineTranslator>();
        services.AddHttpClient(HttpMachineTranslator.Client, http => http.Timeout = options.Timeout + TimeSpan.FromSeconds(1))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                ConnectTimeout = options.Timeout,
                ConnectCallback = async (context, ct) =>
                {
                    var host = context.DnsEndPoint.Host;
                    var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
                    if (addresses.Length == 0) throw new HttpRequestException("The host name does not resolve.");
                    if (!MachineTranslationAddress.IsAllowedHost(host, options.AllowedHosts) && addresses.Any(MachineTranslationAddress.IsPrivate))
                        throw new HttpRequestException("Refused: the host resolves to a private or local address.");
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
            });
        return services;
    }
}
