using OrleansTrading.Grains.Signals;

namespace OrleansTrading.Grains.Risk;

/// <summary>
/// Everything one pre-trade check needs: the intent, the bot's limits and the state of its book and the market. A
/// value passed by reference: a backtest makes one per signal, and as objects they were garbage on every decision.
/// </summary>
public readonly record struct RiskCheckRequest
{
    public RiskCheckRequest()
    {
    }

    public required string Symbol { get; init; }
    public required SignalDirection Side { get; init; }
    public required decimal ReferencePrice { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required RiskLimits Limits { get; init; }

    /// <summary>The bot's open positions (including one in <see cref="Symbol"/>, if any).</summary>
    public required IReadOnlyList<PositionExposure> OpenPositions { get; init; }

    /// <summary>Realized + unrealized P&amp;L since the current session started (negative = loss).</summary>
    public decimal SessionPnl { get; init; }

    /// <summary>Null when the window gate does not apply (e.g. daily bars in a backtest).</summary>
    public TradingWindow? Window { get; init; }

    public bool IsMarketOpen { get; init; } = true;
    public bool KillSwitchActive { get; init; }
    public bool DrawdownTripped { get; init; }

    /// <summary>
    /// True (live): a buy is shrunk to the capital not already committed to open positions. Backtests set false and
    /// check the cash account at the fill instead (issue 4: the order is sized on capital, the fill shrinks to cash).
    /// </summary>
    public bool LimitToFreeCapital { get; init; } = true;
}
