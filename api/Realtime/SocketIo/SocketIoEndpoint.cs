using System.Text;
using Microsoft.Extensions.Options;
using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>
/// Engine.IO v4 over HTTP, checked in the order the reference server checks: a handshake (no <c>sid</c>) opens a
/// session over long-polling or a WebSocket; a polling GET or POST with a <c>sid</c> carries its packets; a WebSocket
/// with the <c>sid</c> of a polling session upgrades it. Anything else gets HTTP 400 and the reference server's JSON.
/// </summary>
public static class SocketIoEndpoint
{
    /// <summary>How long a probed WebSocket may take to send the upgrade packet <c>5</c>; the reference server's.</summary>
    public static readonly TimeSpan UpgradeTimeout = TimeSpan.FromSeconds(10);

    public static async Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var transport = query["transport"].ToString();
        if (transport is not (PollingTransport.TransportName or WebSocketTransport.TransportName))
        {
            await RefuseAsync(context, EngineIoError.TransportUnknown);
            return;
        }
        var sessions = context.RequestServices.GetRequiredService<SocketIoSessions>();
        if (query["sid"].ToString() is { Length: > 0 } sid)
        {
            await ContinueSessionAsync(context, sessions, sid, transport);
            return;
        }
        if (OpeningRefusal(context, transport) is { } refusal)
        {
            await RefuseAsync(context, refusal);
            return;
        }
        if (transport == PollingTransport.TransportName)
        {
            var session = sessions.Start(new PollingTransport());
            // The handshake GET is the session's first poll: it answers with the open packet.
            await AnswerPollAsync(context, session);
            return;
        }
        using var socket = await AcceptWebSocketAsync(context);
        using var webSocket = new WebSocketTransport(socket, MaxPayloadBytes(context));
        var opened = sessions.Start(webSocket);
        webSocket.StartReceiving(opened);
        await StayWhileSessionLivesAsync(context, opened);
    }

    /// <summary>Why a request without <c>sid</c> cannot open a session, after the transport check; null when it can.</summary>
    public static EngineIoError? OpeningRefusal(HttpContext context, string transport)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            return EngineIoError.BadHandshakeMethod;
        }
        if (context.Request.Query["EIO"] != "4")
        {
            return EngineIoError.UnsupportedProtocolVersion;
        }
        return transport == WebSocketTransport.TransportName && !context.WebSockets.IsWebSocketRequest ? EngineIoError.BadRequest : null;
    }

    private static async Task ContinueSessionAsync(HttpContext context, SocketIoSessions sessions, string sid, string transport)
    {
        if (sessions.Find(sid) is not { } session)
        {
            await RefuseAsync(context, EngineIoError.SessionIdUnknown);
            return;
        }
        var isUpgrade = transport == WebSocketTransport.TransportName;
        if (session.TransportName != PollingTransport.TransportName || (isUpgrade && !context.WebSockets.IsWebSocketRequest))
        {
            // Only a polling session takes polling requests or an upgrade; a WebSocket session takes neither.
            await RefuseAsync(context, EngineIoError.BadRequest);
            return;
        }
        if (isUpgrade)
        {
            await UpgradeAsync(context, session);
        }
        else if (HttpMethods.IsGet(context.Request.Method))
        {
            await AnswerPollAsync(context, session);
        }
        else if (HttpMethods.IsPost(context.Request.Method))
        {
            await ReceivePostAsync(context, session);
        }
        else
        {
            await RefuseAsync(context, EngineIoError.BadRequest);
        }
    }

    private static async Task AnswerPollAsync(HttpContext context, SocketIoConnection session)
    {
        var result = await session.PollAsync(context.RequestAborted);
        if (result.IsOverlap)
        {
            await RefuseAsync(context, EngineIoError.BadRequest);
            return;
        }
        if (result.Payload is not { } payload)
        {
            // The session was dropped without a close packet (an overflow, or the client went away).
            context.Abort();
            return;
        }
        context.Response.ContentType = EngineIoPayload.ContentType;
        context.Response.ContentLength = payload.Length;
        await context.Response.Body.WriteAsync(payload, context.RequestAborted);
    }

    private static async Task ReceivePostAsync(HttpContext context, SocketIoConnection session)
    {
        var maxPayload = MaxPayloadBytes(context);
        var body = await ReadBodyAsync(context.Request, maxPayload, context.RequestAborted);
        if (body is null)
        {
            session.End(SessionEnd.ProtocolError("payload larger than maxPayload"));
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (!await session.ReceivePayloadAsync(body, context.RequestAborted))
        {
            await RefuseAsync(context, EngineIoError.BadRequest);
            return;
        }
        context.Response.ContentType = EngineIoPayload.ContentType;
        await context.Response.WriteAsync("ok", context.RequestAborted);
    }

    /// <summary>
    /// The client tries a WebSocket beside its polling: <c>2probe</c> → <c>3probe</c>, the waiting poll is flushed with
    /// a noop so the client can pause polling, then <c>5</c> moves the session onto the WebSocket.
    /// </summary>
    private static async Task UpgradeAsync(HttpContext context, SocketIoConnection session)
    {
        using var socket = await AcceptWebSocketAsync(context);
        using var webSocket = new WebSocketTransport(socket, MaxPayloadBytes(context));
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        using var timeout = new CancellationTokenSource(UpgradeTimeout, time);
        using var upgrading = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, context.RequestAborted);
        var (probe, _) = await webSocket.ReceiveFrameAsync(upgrading.Token);
        if (probe != "2probe" || !session.BeginUpgrade())
        {
            webSocket.Abort();
            return;
        }
        var upgraded = false;
        try
        {
            await webSocket.SendAsync(Encoding.ASCII.GetBytes("3probe"), upgrading.Token);
            var (upgrade, _) = await webSocket.ReceiveFrameAsync(upgrading.Token);
            upgraded = upgrade == "5" && await session.CompleteUpgradeAsync(webSocket, upgrading.Token);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        if (!upgraded)
        {
            // The session goes on polling, as with the reference server when a probe fails.
            session.CancelUpgrade();
            webSocket.Abort();
            return;
        }
        webSocket.StartReceiving(session);
        await StayWhileSessionLivesAsync(context, session);
    }

    /// <summary>Keeps the request (and so its WebSocket) open until the session has closed it.</summary>
    private static async Task StayWhileSessionLivesAsync(HttpContext context, SocketIoConnection session)
    {
        await using var aborted = context.RequestAborted.Register(() => session.End(new SessionEnd("transport error", Graceful: false)));
        await session.Completion;
    }

    private static Task<System.Net.WebSockets.WebSocket> AcceptWebSocketAsync(HttpContext context) =>
        context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            // Engine.IO pings are the liveness check; WebSocket-level keep-alives would only add traffic.
            KeepAliveInterval = TimeSpan.Zero,
        });

    /// <summary>The body as text, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                return null;
            }
            body.Write(buffer, 0, read);
        }
        return EngineIoPayload.Decode(body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    private static int MaxPayloadBytes(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RealtimeOptions>>().Value.MaxPayloadBytes;

    private static async Task RefuseAsync(HttpContext context, EngineIoError error)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsJsonAsync(error, context.RequestAborted);
    }
}
