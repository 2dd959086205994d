using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>A raw WebSocket speaking Engine.IO by hand, for frame-exact protocol tests.</summary>
internal sealed class EngineIoTestSocket : IDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly HttpMessageInvoker? _invoker;

    private EngineIoTestSocket(ClientWebSocket socket, HttpMessageInvoker? invoker)
    {
        _socket = socket;
        _invoker = invoker;
    }

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static Uri Endpoint(Uri baseAddress, string path = "/ws/") =>
        new UriBuilder(baseAddress) { Scheme = "ws", Path = path, Query = "EIO=4&transport=websocket" }.Uri;

    /// <param name="receiveBufferBytes">A small TCP receive buffer makes a client that stops reading stall the server quickly.</param>
    public static async Task<EngineIoTestSocket> ConnectAsync(Uri endpoint, int? receiveBufferBytes = null)
    {
        var socket = new ClientWebSocket();
        HttpMessageInvoker? invoker = null;
        if (receiveBufferBytes is { } size)
        {
            invoker = new HttpMessageInvoker(new SocketsHttpHandler
            {
                ConnectCallback = async (context, ct) =>
                {
                    var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = size };
                    await tcp.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(tcp, ownsSocket: true);
                },
            });
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(endpoint, invoker, timeout.Token);
        return new EngineIoTestSocket(socket, invoker);
    }

    public async Task SendAsync(string frame)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next text frame, or null when the server closed the socket.</summary>
    public async Task<string?> ReceiveAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, deadline.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Reads frames until one matches, answering server pings so the session stays up.</summary>
    public async Task<string> ReceiveUntilAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var remaining = deadline - DateTime.UtcNow;
            Assert.True(remaining > TimeSpan.Zero, "No matching frame in time.");
            var frame = await ReceiveAsync(remaining) ?? throw new Xunit.Sdk.XunitException("The server closed the socket.");
            if (match(frame))
            {
                return frame;
            }
            if (frame == "2")
            {
                await SendAsync("3");
            }
        }
    }

    /// <summary>Opens the default namespace: reads the open packet, sends CONNECT, returns the CONNECT reply.</summary>
    public async Task<string> HandshakeAsync()
    {
        var open = await ReceiveAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("0{", open, StringComparison.Ordinal);
        await SendAsync("40");
        return await ReceiveUntilAsync(f => f.StartsWith("40", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        _socket.Dispose();
        _invoker?.Dispose();
    }
}
