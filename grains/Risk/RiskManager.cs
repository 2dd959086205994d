using OrleansTrading.Grains.Signals;

namespace OrleansTrading.Grains.Risk;

/// <summary>
/// The one pre-trade check shared by live bots and backtests. Gates first (market, window, kill switches, loss
/// limits); then sizing for buys: <c>floor(capital × max_position_size% / price)</c> whole shares, shrunk to fit
/// the capital still free, the per-symbol notional cap and the gross exposure cap — never rounded up to 1 share.
/// Stop and target are set later, from the fill price (<see cref="StopLossPrice"/>, <see cref="TakeProfitPrice"/>).
/// Sells close the whole position and are only gated by the market, the window and the global kill switch, so a
/// bot that tripped its loss limits can still get out.
/// </summary>
public static class RiskManager
{
    // The money amounts derived from a bot's limits, memoised per thread by reference (RiskLimits is immutable): a
    // backtest checks every signal against the same limits object, and each amount costs a decimal division.
    [ThreadStatic]
    private static RiskLimits? t_memoLimits;

    [ThreadStatic]
    private static decimal t_memoDailyLossLimit;

    [ThreadStatic]
    private static decimal t_memoPositionBudget;

    public static RiskCheckResult Evaluate(in RiskCheckRequest request)
    {
        // Created on the first failed gate only: an approved check (the common case) allocates no list.
        List<RiskRejectionCode>? gates = null;
        if (request.ReferencePrice <= 0)
        {
            return RiskCheckResult.Reject(RiskRejectionCode.InvalidPrice);
        }
        if (!request.IsMarketOpen)
        {
            Gate(ref gates, RiskRejectionCode.MarketClosed);
        }
        if (request.Window is { } window && !window.Contains(request.Now))
        {
            Gate(ref gates, RiskRejectionCode.OutsideTradingWindow);
        }
        if (request.KillSwitchActive)
        {
            Gate(ref gates, RiskRejectionCode.KillSwitchActive);
        }
        // Plain loops rather than LINQ: backtests call this once per entry and exit signal, millions of times a run.
        PositionExposure? held = null;
        var openCount = 0;
        var positions = request.OpenPositions;
        // Indexed: a foreach over the interface would allocate an enumerator per check.
        for (var i = 0; i < positions.Count; i++)
        {
            var position = positions[i];
            if (position.Quantity > 0)
            {
                openCount++;
                if (held is null && string.Equals(position.Symbol, request.Symbol, StringComparison.Ordinal))
                {
                    held = position;
                }
            }
        }

        if (request.Side == SignalDirection.Sell)
        {
            if (held is null)
            {
                Gate(ref gates, RiskRejectionCode.NoPositionToSell);
            }
            return gates is not null ? RiskCheckResult.Reject([.. gates]) : RiskCheckResult.Approve(held!.Value.Quantity);
        }
        if (request.Side != SignalDirection.Buy)
        {
            throw new ArgumentException("Only buy and sell intents are checked.", nameof(request));
        }

        var limits = request.Limits;
        if (request.DrawdownTripped)
        {
            Gate(ref gates, RiskRejectionCode.DrawdownLimitTripped);
        }
        var (dailyLossLimit, positionBudget) = Amounts(limits);
        if (request.SessionPnl < 0 && -request.SessionPnl >= dailyLossLimit)
        {
            Gate(ref gates, RiskRejectionCode.DailyLossLimitReached);
        }
        if (held is not null)
        {
            // Long only, no pyramiding: a buy signal while holding is not an order.
            Gate(ref gates, RiskRejectionCode.AlreadyInPosition);
        }
        if (limits.MaxConcurrentPositions is { } maxPositions && openCount >= maxPositions)
        {
            Gate(ref gates, RiskRejectionCode.MaxConcurrentPositions);
        }
        if (gates is not null)
        {
            return RiskCheckResult.Reject([.. gates]);
        }

        var price = request.ReferencePrice;
        var quantity = WholeShares(positionBudget, price);
        if (quantity == 0)
        {
            return RiskCheckResult.Reject(RiskRejectionCode.PositionSizeZero);
        }
        if (request.LimitToFreeCapital)
        {
            var openCost = request.OpenPositions.Sum(p => p.Cost);
            quantity = Math.Min(quantity, WholeShares(limits.Capital - openCost, price));
            if (quantity == 0)
            {
                return RiskCheckResult.Reject(RiskRejectionCode.InsufficientCapital);
            }
        }
        if (limits.MaxSymbolNotional is { } symbolCap)
        {
            quantity = Math.Min(quantity, WholeShares(symbolCap, price));
            if (quantity == 0)
            {
                return RiskCheckResult.Reject(RiskRejectionCode.SymbolNotionalCapReached);
            }
        }
        if (limits.MaxGrossExposurePercent is { } grossPercent)
        {
            var gross = request.OpenPositions.Sum(p => Math.Abs(p.MarketValue));
            quantity = Math.Min(quantity, WholeShares(limits.Capital * grossPercent / 100m - gross, price));
            if (quantity == 0)
            {
                return RiskCheckResult.Reject(RiskRejectionCode.GrossExposureCapReached);
            }
        }
        return RiskCheckResult.Approve(quantity);
    }

    /// <summary>Stop-loss level for a long entry at <paramref name="entryPrice"/>.</summary>
    public static decimal StopLossPrice(decimal entryPrice, decimal stopLossPercent) => entryPrice * StopLossFactor(stopLossPercent);

    /// <summary>Take-profit level for a long entry at <paramref name="entryPrice"/>.</summary>
    public static decimal TakeProfitPrice(decimal entryPrice, decimal takeProfitPercent) => entryPrice * TakeProfitFactor(takeProfitPercent);

    /// <summary>
    /// The multiplier <see cref="StopLossPrice"/> applies to the entry price. A backtest computes it once per run: the
    /// division costs more than the rest of placing a stop, and the level comes out bit-identical.
    /// </summary>
    public static decimal StopLossFactor(decimal stopLossPercent) => 1 - stopLossPercent / 100m;

    /// <summary>The multiplier <see cref="TakeProfitPrice"/> applies to the entry price (see <see cref="StopLossFactor"/>).</summary>
    public static decimal TakeProfitFactor(decimal takeProfitPercent) => 1 + takeProfitPercent / 100m;

    /// <summary>The daily loss limit (capital × max daily loss %) and the position budget (capital × max position size %).</summary>
    private static (decimal DailyLossLimit, decimal PositionBudget) Amounts(RiskLimits limits)
    {
        if (!ReferenceEquals(limits, t_memoLimits))
        {
            t_memoDailyLossLimit = limits.Capital * limits.MaxDailyLossPercent / 100m;
            t_memoPositionBudget = limits.Capital * limits.MaxPositionSizePercent / 100m;
            t_memoLimits = limits;
        }
        return (t_memoDailyLossLimit, t_memoPositionBudget);
    }

    private static void Gate(ref List<RiskRejectionCode>? gates, RiskRejectionCode code) => (gates ??= new List<RiskRejectionCode>(4)).Add(code);

    /// <summary>
    /// floor(<paramref name="amount"/> / <paramref name="price"/>) shares, capped at <see cref="int.MaxValue"/>; 0 for no
    /// money. Exact, but without a decimal division (the dearest step of sizing an order): a double estimate, which
    /// is off by at most a share, is corrected by decimal multiplications against the amount.
    /// </summary>
    internal static int WholeShares(decimal amount, decimal price)
    {
        if (amount <= 0)
        {
            return 0;
        }
        var estimate = Math.Floor((double)amount / (double)price);
        if (!(estimate < int.MaxValue - 1) || !(estimate >= 0))
        {
            return (int)Math.Min(int.MaxValue, Math.Floor(amount / price));
        }
        var shares = (long)estimate;
        while (shares > 0 && shares * price > amount)
        {
            shares--;
        }
        while ((shares + 1) * price <= amount)
        {
            shares++;
        }
        return (int)Math.Min(int.MaxValue, shares);
    }
}
