namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>A bot's decision to buy: quantity from its risk check, exit levels as percentages of the fill price.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.BuyCommand")]
public sealed record BuyCommand
{
    [Id(0)] public required string ClientOrderId { get; init; }
    [Id(1)] public required int Quantity { get; init; }
    [Id(2)] public required decimal StopLossPercent { get; init; }
    [Id(3)] public required decimal TakeProfitPercent { get; init; }

    /// <summary>The bar whose close produced the signal (for latency and the trade's context).</summary>
    [Id(4)] public required DateTimeOffset BarTimestamp { get; init; }

    /// <summary>Indicator values and votes as a JSON object, stored on the trade.</summary>
    [Id(5)] public string? IndicatorsSnapshot { get; init; }

    /// <summary>The price the bot decided on (the bar's close): a paper market order fills here ± slippage.</summary>
    [Id(6)] public required decimal ReferencePrice { get; init; }

    /// <summary>When the bar behind the decision completed (wall clock), for the bar-close → submit latency metric.</summary>
    [Id(7)] public DateTimeOffset? BarClosedAt { get; init; }
}
