using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OrleansTrading.Api.Realtime.Fanout;

namespace OrleansTrading.Api.Realtime.Sse;

/// <summary><c>GET /api/events</c>: the realtime events as Server-Sent Events, for curl and simple clients.</summary>
public static class ServerSentEventsEndpoint
{
    public const string ContentType = "text/event-stream";

    public static async Task StreamAsync(
        HttpContext context,
        RealtimeHub hub,
        IOptions<RealtimeOptions> options,
        TimeProvider time,
        ILogger<ServerSentEventsClient> logger)
    {
        var response = context.Response;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        // Tells nginx-style reverse proxies not to buffer the stream.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await new ServerSentEventsClient(context, hub, options.Value, time, logger).RunAsync();
    }
}
