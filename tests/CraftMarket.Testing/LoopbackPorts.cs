using System.Net;
using System.Net.Sockets;

namespace CraftMarket.Testing;

/// <summary>A loopback port nobody listens on now, for a server a test starts (site, Redis, nginx, SMTP).</summary>
public static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
