using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>The outcome of a buy or close: the trade it produced (or replayed, for a repeated client order id) and the position after it.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.PositionCommandResult")]
public sealed record PositionCommandResult
{
    [Id(0)] public required PositionCommandOutcome Outcome { get; init; }
    [Id(1)] public Trade? Trade { get; init; }
    [Id(2)] public Position? Position { get; init; }
    [Id(3)] public string? Message { get; init; }
}
