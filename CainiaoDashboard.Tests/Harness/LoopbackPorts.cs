using System.Net;
using System.Net.Sockets;

namespace CainiaoDashboard.Tests.Harness;

public static class LoopbackPorts
{
    /// <summary>A 127.0.0.1 port nothing listened on a moment ago: for a server to bind, or for a connection to be refused.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
