namespace OrleansTrading.Api.Realtime.Protocol;

/// <summary>Engine.IO v4 packet types: the single leading digit of every WebSocket text frame.</summary>
public enum EngineIoPacketType
{
    Open = 0,
    Close = 1,
    Ping = 2,
    Pong = 3,
    Message = 4,
    Upgrade = 5,
    Noop = 6,
}
