namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>What one trading cycle did.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.BotCycleReport")]
public sealed record BotCycleReport
{
    /// <summary>False when the bot was not running (nothing was evaluated).</summary>
    [Id(0)] public required bool Ran { get; init; }
    [Id(1)] public int NewBars { get; init; }
    [Id(2)] public int OrdersPlaced { get; init; }

    /// <summary>Risk refusals of non-hold signals, as <c>SYMBOL:Code</c>.</summary>
    [Id(3)] public IReadOnlyList<string> Rejections { get; init; } = [];
    [Id(4)] public string? Error { get; init; }
}
