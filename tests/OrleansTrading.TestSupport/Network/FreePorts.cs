using System.Net;
using System.Net.Sockets;

namespace OrleansTrading.TestSupport.Network;

/// <summary>Loopback TCP ports nobody is listening on right now, so parallel test hosts never collide.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
