namespace OrleansTrading.Api.Realtime.Protocol;

/// <summary>
/// One Engine.IO v4 packet as carried by one WebSocket text frame: a type digit followed by its data (for
/// <see cref="EngineIoPacketType.Message"/>, a Socket.IO packet). Over WebSocket there is no batching separator.
/// </summary>
public readonly record struct EngineIoPacket(EngineIoPacketType Type, string Data)
{
    public static EngineIoPacket Ping { get; } = new(EngineIoPacketType.Ping, "");

    public static bool TryParse(string frame, out EngineIoPacket packet)
    {
        packet = default;
        if (frame.Length == 0 || frame[0] < '0' || frame[0] > '6')
        {
            return false;
        }
        packet = new EngineIoPacket((EngineIoPacketType)(frame[0] - '0'), frame[1..]);
        return true;
    }

    public string Encode() => string.Concat(((int)Type).ToString(System.Globalization.CultureInfo.InvariantCulture), Data);
}
