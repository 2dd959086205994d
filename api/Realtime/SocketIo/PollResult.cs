namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>What a long-polling GET answers: a payload, or nothing because it overlapped another GET or was dropped.</summary>
public readonly record struct PollResult(byte[]? Payload, bool IsOverlap = false)
{
    public static PollResult Overlap { get; } = new(null, IsOverlap: true);

    public static PollResult Aborted { get; } = new(null);
}
