using Microsoft.Extensions.Options;
using OrleansTrading.Api.Realtime.Fanout;
using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>
/// The Engine.IO handshake at <c>/ws</c>: accepts a WebSocket upgrade with <c>EIO=4&amp;transport=websocket</c> and runs
/// a <see cref="SocketIoConnection"/> on it; refuses anything else with HTTP 400 and the reference server's error JSON.
/// </summary>
public static class SocketIoEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        if (Refusal(context) is { } refusal)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(refusal, context.RequestAborted);
            return;
        }

        var services = context.RequestServices;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            // Engine.IO pings are the liveness check; WebSocket-level keep-alives would only add traffic.
            KeepAliveInterval = TimeSpan.Zero,
        });
        using var connection = new SocketIoConnection(
            socket,
            services.GetRequiredService<RealtimeHub>(),
            services.GetRequiredService<IOptions<RealtimeOptions>>().Value,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger<SocketIoConnection>());
        await connection.RunAsync(context.RequestAborted);
    }

    /// <summary>Why the request cannot start a session, in the order the reference server checks; null when it can.</summary>
    public static EngineIoError? Refusal(HttpContext context)
    {
        var query = context.Request.Query;
        if (query["transport"] != "websocket")
        {
            // Polling is not offered: the dashboard connects with transports: ['websocket'].
            return EngineIoError.TransportUnknown;
        }
        if (query.ContainsKey("sid"))
        {
            // A sid asks to upgrade an existing polling session, and there are none.
            return EngineIoError.SessionIdUnknown;
        }
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            return EngineIoError.BadHandshakeMethod;
        }
        if (query["EIO"] != "4")
        {
            return EngineIoError.UnsupportedProtocolVersion;
        }
        return context.WebSockets.IsWebSocketRequest ? null : EngineIoError.BadRequest;
    }
}
