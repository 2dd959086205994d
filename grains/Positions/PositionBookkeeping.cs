using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.MarketData.Clock;
using OrleansTrading.Grains.Risk;

namespace OrleansTrading.Grains.Positions;

/// <summary>
/// The arithmetic of one bot's position in one symbol, kept out of the grain so it is tested without Orleans.
/// Long only. The entry price is the volume-weighted fill price; stop-loss and take-profit are set from it with the
/// risk manager's formulas. A close realizes <c>(exit − entry) × quantity − exit commission − entry commissions</c>,
/// the same net P&amp;L a backtest reports per trade.
/// </summary>
public static class PositionBookkeeping
{
    /// <summary>How many applied client order ids a position grain remembers for replays.</summary>
    public const int AppliedOrdersKept = 50;

    public static OpenPositionState ApplyBuy(PositionGrainState state, string positionId, int quantity, decimal price, decimal commission,
        decimal stopLossPercent, decimal takeProfitPercent, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var open = state.Open;
        if (open is null)
        {
            open = new OpenPositionState
            {
                Id = positionId,
                Quantity = quantity,
                EntryPrice = price,
                OpenedAt = at,
                CurrentPrice = price,
                EntryCommission = commission,
            };
        }
        else
        {
            open.EntryPrice = (open.EntryPrice * open.Quantity + price * quantity) / (open.Quantity + quantity);
            open.Quantity += quantity;
            open.EntryCommission += commission;
            open.CurrentPrice = price;
        }
        open.StopLossPrice = Math.Round(RiskManager.StopLossPrice(open.EntryPrice, stopLossPercent), 6);
        open.TakeProfitPrice = Math.Round(RiskManager.TakeProfitPrice(open.EntryPrice, takeProfitPercent), 6);
        state.Open = open;
        return open;
    }

    /// <summary>
    /// Sells <paramref name="quantity"/> shares (all that is held when it is that many or more); returns the P&amp;L the
    /// sale realized: the price move on the shares sold, less the exit commission and the entry commissions
    /// attributable to those shares. Selling everything closes the position.
    /// </summary>
    public static decimal ApplySell(PositionGrainState state, int quantity, decimal price, decimal commission, DateTimeOffset at)
    {
        var open = state.Open ?? throw new InvalidOperationException("No open position to sell.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var sold = Math.Min(quantity, open.Quantity);
        var entryCommission = sold == open.Quantity ? open.EntryCommission : Math.Round(open.EntryCommission * sold / open.Quantity, 6);
        var realized = (price - open.EntryPrice) * sold - commission - entryCommission;
        open.Quantity -= sold;
        open.EntryCommission -= entryCommission;
        open.RealizedPnl += realized;
        open.CurrentPrice = price;
        if (open.Quantity == 0)
        {
            state.Open = null;
        }
        state.RealizedTotal += realized;
        var session = NyseCalendar.ExchangeDate(at);
        if (state.Session != session)
        {
            state.Session = session;
            state.RealizedInSession = 0;
        }
        state.RealizedInSession += realized;
        return realized;
    }

    /// <summary>Sells the whole position; returns the realized P&amp;L, net of the exit and entry commissions.</summary>
    public static decimal ApplyClose(PositionGrainState state, decimal price, decimal commission, DateTimeOffset at) =>
        ApplySell(state, state.Open?.Quantity ?? throw new InvalidOperationException("No open position to close."), price, commission, at);

    /// <summary>The exit a price triggers: stop-loss at or below the stop (checked first), take-profit at or above the target.</summary>
    public static ExitReason? ExitTriggeredBy(OpenPositionState open, decimal price) =>
        open.StopLossPrice is { } stop && price <= stop ? ExitReason.StopLoss
        : open.TakeProfitPrice is { } target && price >= target ? ExitReason.TakeProfit
        : null;

    public static void Remember(PositionGrainState state, string clientOrderId)
    {
        state.AppliedOrders.Add(clientOrderId);
        if (state.AppliedOrders.Count > AppliedOrdersKept)
        {
            state.AppliedOrders.RemoveRange(0, state.AppliedOrders.Count - AppliedOrdersKept);
        }
    }

    public static Position ToOpenPosition(string botId, string symbol, OpenPositionState open) => new()
    {
        Id = open.Id,
        BotId = botId,
        Symbol = symbol,
        Quantity = open.Quantity,
        EntryPrice = open.EntryPrice,
        CurrentPrice = open.CurrentPrice,
        StopLossPrice = open.StopLossPrice,
        TakeProfitPrice = open.TakeProfitPrice,
        UnrealizedPnl = (open.CurrentPrice - open.EntryPrice) * open.Quantity,
        RealizedPnl = open.RealizedPnl,
        OpenedAt = open.OpenedAt,
        ClosedAt = null,
        IsOpen = true,
    };

    /// <summary>The closed position as the dashboard shows it: the last quantity held, the exit price, everything it realized.</summary>
    public static Position ToClosedPosition(string botId, string symbol, OpenPositionState closed, int lastQuantity, decimal exitPrice, decimal realized, DateTimeOffset at) => new()
    {
        Id = closed.Id,
        BotId = botId,
        Symbol = symbol,
        Quantity = lastQuantity,
        EntryPrice = closed.EntryPrice,
        CurrentPrice = exitPrice,
        StopLossPrice = closed.StopLossPrice,
        TakeProfitPrice = closed.TakeProfitPrice,
        UnrealizedPnl = 0,
        RealizedPnl = realized,
        OpenedAt = closed.OpenedAt,
        ClosedAt = at,
        IsOpen = false,
    };
}
