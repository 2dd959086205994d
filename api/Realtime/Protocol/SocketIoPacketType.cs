namespace OrleansTrading.Api.Realtime.Protocol;

/// <summary>Socket.IO v5 packet types: the first digit inside an Engine.IO message.</summary>
public enum SocketIoPacketType
{
    Connect = 0,
    Disconnect = 1,
    Event = 2,
    Ack = 3,
    ConnectError = 4,
    BinaryEvent = 5,
    BinaryAck = 6,
}
