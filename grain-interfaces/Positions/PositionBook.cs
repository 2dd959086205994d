namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>What a bot needs from one of its position grains each cycle.</summary>
[GenerateSerializer, Immutable, Alias("OrleansTrading.PositionBook")]
public sealed record PositionBook
{
    /// <summary>The open position, or null when flat.</summary>
    [Id(0)] public Position? Open { get; init; }

    /// <summary>Realized P&amp;L of every position this bot has closed in this symbol, commissions included.</summary>
    [Id(1)] public decimal RealizedTotal { get; init; }

    /// <summary>The exchange session date (America/New_York) <see cref="RealizedInSession"/> belongs to.</summary>
    [Id(2)] public DateOnly? Session { get; init; }

    /// <summary>Realized P&amp;L within <see cref="Session"/> (the daily-loss limit reads this).</summary>
    [Id(3)] public decimal RealizedInSession { get; init; }
}
