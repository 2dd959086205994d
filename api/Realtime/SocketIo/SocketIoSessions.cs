using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OrleansTrading.Api.Realtime.Fanout;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>
/// The live Engine.IO sessions by sid, so the separate HTTP requests of a polling session (and its upgrade) find it.
/// A session leaves when it has ended; one whose client stops polling ends by the heartbeat's ping timeout.
/// </summary>
public sealed class SocketIoSessions(RealtimeHub hub, IOptions<RealtimeOptions> options, TimeProvider time, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, SocketIoConnection> _sessions = new(StringComparer.Ordinal);
    private readonly ILogger _logger = loggers.CreateLogger<SocketIoConnection>();

    public int Count => _sessions.Count;

    /// <summary>Creates, registers and starts a session on <paramref name="transport"/>.</summary>
    public SocketIoConnection Start(IEngineIoTransport transport)
    {
        var session = new SocketIoConnection(transport, hub, options.Value, time, _logger);
        _sessions[session.Id] = session;
        session.Start();
        _ = session.Completion.ContinueWith(
            _ =>
            {
                _sessions.TryRemove(new KeyValuePair<string, SocketIoConnection>(session.Id, session));
                session.Dispose();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return session;
    }

    public SocketIoConnection? Find(string sid) => _sessions.GetValueOrDefault(sid);

    /// <summary>Ends every session, connected or not (the hub only knows the connected ones): used when the host stops.</summary>
    public void EndAll(string reason)
    {
        foreach (var session in _sessions.Values)
        {
            session.Disconnect(reason, graceful: true);
        }
    }
}
