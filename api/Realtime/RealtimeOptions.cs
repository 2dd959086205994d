using System.ComponentModel.DataAnnotations;

namespace OrleansTrading.Api.Realtime;

/// <summary>
/// Section <c>Realtime</c>: the socket.io endpoint's heartbeat, payload limit and per-client queue, and the SSE
/// heartbeat. Durations are milliseconds because that is how Engine.IO advertises them in its open packet.
/// </summary>
public sealed class RealtimeOptions
{
    public const string SectionName = "Realtime";

    /// <summary>How often the server sends an Engine.IO ping (<c>2</c>); default 25000, the reference server's.</summary>
    [Range(50, 600_000)]
    public int PingIntervalMs { get; set; } = 25_000;

    /// <summary>How long a client may take to answer a ping with a pong (<c>3</c>) before it is dropped; default 60000, as the seed server (8.1) sets it.</summary>
    [Range(50, 600_000)]
    public int PingTimeoutMs { get; set; } = 60_000;

    /// <summary>The largest packet a client may send, in bytes (advertised as <c>maxPayload</c>); default 1000000.</summary>
    [Range(1024, 100_000_000)]
    public int MaxPayloadBytes { get; set; } = 1_000_000;

    /// <summary>
    /// How long a new socket may stay without a Socket.IO CONNECT (<c>40</c>) before it is closed; default 45000, the
    /// reference server's. Checked at each heartbeat, so the close can come up to one ping interval later.
    /// </summary>
    [Range(100, 600_000)]
    public int ConnectTimeoutMs { get; set; } = 45_000;

    /// <summary>
    /// Events that may wait for one slow client (socket.io or SSE) before the oldest price updates are dropped;
    /// default 1024. A client whose queue fills with events that are never dropped is disconnected.
    /// </summary>
    [Range(4, 1_000_000)]
    public int ClientQueueCapacity { get; set; } = 1024;

    /// <summary>How often an idle SSE stream gets a comment line, so proxies keep it open; default 15000.</summary>
    [Range(50, 600_000)]
    public int SseHeartbeatIntervalMs { get; set; } = 15_000;

    /// <summary>The wait before retrying a failed Orleans stream subscription; default 5000.</summary>
    [Range(10, 600_000)]
    public int SubscriptionRetryDelayMs { get; set; } = 5_000;

    /// <summary>How often the live subscriptions are checked against the stream registry; default 30000.</summary>
    [Range(100, 3_600_000)]
    public int SubscriptionCheckIntervalMs { get; set; } = 30_000;

    public TimeSpan PingInterval => TimeSpan.FromMilliseconds(PingIntervalMs);

    public TimeSpan PingTimeout => TimeSpan.FromMilliseconds(PingTimeoutMs);

    public TimeSpan ConnectTimeout => TimeSpan.FromMilliseconds(ConnectTimeoutMs);

    public TimeSpan SseHeartbeatInterval => TimeSpan.FromMilliseconds(SseHeartbeatIntervalMs);

    public TimeSpan SubscriptionRetryDelay => TimeSpan.FromMilliseconds(SubscriptionRetryDelayMs);

    public TimeSpan SubscriptionCheckInterval => TimeSpan.FromMilliseconds(SubscriptionCheckIntervalMs);
}
