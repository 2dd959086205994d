using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// Everything about a run that is not the bot or the data: money, costs, the fill model and the traded span.
/// Bars before <see cref="Start"/> only warm the indicators up (no orders, no equity points); bars after
/// <see cref="End"/> are ignored. Walk-forward uses the span to run a window with its history already seen.
/// </summary>
public sealed record BacktestSettings
{
    /// <summary>Starting cash, and the capital that sizes every buy (not the current equity).</summary>
    public required decimal Capital { get; init; }

    /// <summary>Commission per order (per fill), in money.</summary>
    public decimal Commission { get; init; }

    /// <summary>Commission per share, in money.</summary>
    public decimal CommissionPerShare { get; init; }

    /// <summary>Adverse slippage in basis points on market and stop fills.</summary>
    public decimal SlippageBps { get; init; }

    public FillModel Fill { get; init; } = FillModel.NextOpen;

    /// <summary>First traded bar time (inclusive); null = from the first bar.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>Last traded bar time (inclusive); null = to the last bar.</summary>
    public DateTimeOffset? End { get; init; }

    public FillSimulatorOptions ToFillOptions() => new()
    {
        SlippageBps = SlippageBps,
        CommissionPerOrder = Commission,
        CommissionPerShare = CommissionPerShare,
    };

    /// <summary>Throws naming the first invalid setting.</summary>
    public BacktestSettings Validated()
    {
        if (Capital <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Capital), Capital, "capital must be greater than 0.");
        }
        if (Commission < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Commission), Commission, "commission must not be negative.");
        }
        if (CommissionPerShare < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CommissionPerShare), CommissionPerShare, "commission per share must not be negative.");
        }
        if (SlippageBps is < 0 or >= 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(SlippageBps), SlippageBps, "slippage must be from 0 to under 10,000 bps.");
        }
        if (Start is { } start && End is { } end && end < start)
        {
            throw new ArgumentException("End must not be before Start.", nameof(End));
        }
        return this;
    }
}
