namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>A request to sell the position (all of it, or <see cref="Quantity"/> shares of it), and why.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.CloseCommand")]
public sealed record CloseCommand
{
    [Id(0)] public required string ClientOrderId { get; init; }
    [Id(1)] public required ExitReason Reason { get; init; }
    [Id(2)] public string? IndicatorsSnapshot { get; init; }

    /// <summary>The price the caller saw; null asks the symbol grain for the last price.</summary>
    [Id(3)] public decimal? ReferencePrice { get; init; }

    /// <summary>When the bar behind the decision completed (wall clock), for the bar-close → submit latency metric.</summary>
    [Id(4)] public DateTimeOffset? BarClosedAt { get; init; }

    /// <summary>Shares to sell; null (or at least the holding) sells everything and closes the position.</summary>
    [Id(5)] public int? Quantity { get; init; }
}
