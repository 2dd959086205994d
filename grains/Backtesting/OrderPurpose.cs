namespace OrleansTrading.Grains.Backtesting;

/// <summary>Why a backtest order exists; the last part of its client order id (<c>buy</c>, <c>sell</c>, <c>stop</c>, <c>target</c>).</summary>
public enum OrderPurpose : byte
{
    /// <summary>A market buy on a buy signal.</summary>
    Buy,

    /// <summary>A market sell on a sell signal or at the end of the data.</summary>
    Sell,

    /// <summary>The position's resting stop-loss (a stop order).</summary>
    Stop,

    /// <summary>The position's resting take-profit (a limit order).</summary>
    Target,
}
