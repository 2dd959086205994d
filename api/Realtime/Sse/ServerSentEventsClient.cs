using System.Text;
using OrleansTrading.Api.Realtime.Fanout;

namespace OrleansTrading.Api.Realtime.Sse;

/// <summary>
/// One <c>text/event-stream</c> response fed from its own bounded queue (same drop policy as socket.io clients). An
/// idle stream gets a comment line every heartbeat interval so proxies and clients can tell it is alive.
/// </summary>
public sealed partial class ServerSentEventsClient(HttpContext context, RealtimeHub hub, RealtimeOptions options, TimeProvider time, ILogger logger)
    : IRealtimeClient
{
    private static readonly byte[] OpeningComment = Encoding.UTF8.GetBytes(": connected\n\n");
    private static readonly byte[] HeartbeatComment = Encoding.UTF8.GetBytes(": heartbeat\n\n");

    private readonly TaskCompletionSource _disconnectRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = "sse-" + SocketIo.SessionIds.New();

    public string Transport => "sse";

    public ClientEventQueue Queue { get; } = new(options.ClientQueueCapacity);

    public void Disconnect(string reason, bool graceful)
    {
        LogDisconnecting(logger, Id, reason);
        if (graceful)
        {
            // Ends the response normally; EventSource clients reconnect after their retry delay.
            _disconnectRequested.TrySetResult();
        }
        else
        {
            context.Abort();
        }
    }

    public async Task RunAsync()
    {
        var token = context.RequestAborted;
        var body = context.Response.Body;
        hub.Add(this);
        try
        {
            await body.WriteAsync(OpeningComment, token);
            await body.FlushAsync(token);
            Task<bool>? waitForEvents = null;
            while (true)
            {
                waitForEvents ??= Queue.WaitToReadAsync(token).AsTask();
                using (var idle = CancellationTokenSource.CreateLinkedTokenSource(token))
                {
                    var heartbeatDue = Task.Delay(options.SseHeartbeatInterval, time, idle.Token);
                    var first = await Task.WhenAny(waitForEvents, heartbeatDue, _disconnectRequested.Task);
                    await idle.CancelAsync();
                    if (first == _disconnectRequested.Task)
                    {
                        return;
                    }
                    if (first == heartbeatDue)
                    {
                        await body.WriteAsync(HeartbeatComment, token);
                        await body.FlushAsync(token);
                        continue;
                    }
                }
                if (!await waitForEvents)
                {
                    return;
                }
                waitForEvents = null;
                while (Queue.TryDequeue(out var realtimeEvent))
                {
                    await body.WriteAsync(realtimeEvent.SseFrame, token);
                }
                await body.FlushAsync(token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
            // The client went away mid-write.
        }
        finally
        {
            hub.Remove(this);
            Queue.Close();
        }
    }

    [LoggerMessage(EventId = 3430, Level = LogLevel.Debug, Message = "SSE stream {ClientId} disconnecting: {Reason}")]
    private static partial void LogDisconnecting(ILogger logger, string clientId, string reason);
}
