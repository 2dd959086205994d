namespace OrleansTrading.Api.Realtime.Protocol;

/// <summary>
/// The Socket.IO namespaces the server accepts. <c>/ws</c> exists because the seed dashboard calls
/// <c>io("ws://localhost:8000/ws")</c>, and socket.io-client reads a URL's path as a namespace, not as the HTTP path.
/// Both carry the same events; any other namespace is refused.
/// </summary>
public static class SocketIoNamespaces
{
    public const string Default = "/";

    public const string Ws = "/ws";

    public static IReadOnlyList<string> Served { get; } = [Default, Ws];

    public static bool IsServed(string ns) => ns is Default or Ws;
}
