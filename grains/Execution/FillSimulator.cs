using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.Execution;

/// <summary>
/// Fills orders against bars for the paper broker and backtests.
/// <list type="bullet">
/// <item>Market: at the reference price, moved against the trader by the slippage.</item>
/// <item>Limit: a bar opening at or through the limit fills at the open (a better price); otherwise a bar whose range
/// reaches the limit fills at the limit. No slippage (a resting limit gets its price).</item>
/// <item>Stop: a bar opening at or through the stop fills at the open (gap-aware); otherwise a bar whose range reaches
/// the stop fills at the stop. Slippage applies (a triggered stop is a market order).</item>
/// <item>Stop-limit: triggers like a stop, then fills like a limit at the limit price: at the trigger price when that is
/// no worse than the limit, else at the limit if the bar's range reaches it, else it rests as a limit.</item>
/// </list>
/// Commission = per order + per share × quantity. With <see cref="FillSimulatorOptions.MaxVolumeShare"/>, fills are
/// capped at that share of the bar's volume (partial fills).
/// </summary>
public sealed class FillSimulator(FillSimulatorOptions options)
{
    // Computed once: a backtest slips every fill, and a decimal division costs more than the multiplication it feeds.
    private readonly decimal _buySlippageFactor = 1 + options.SlippageBps / 10_000m;
    private readonly decimal _sellSlippageFactor = 1 - options.SlippageBps / 10_000m;

    // Zero slippage and zero commissions (a commission-free broker, the common case) cost no decimal arithmetic at
    // all; the results are the same values.
    private readonly bool _noSlippage = options.SlippageBps == 0;
    private readonly bool _noCommission = options.CommissionPerOrder == 0 && options.CommissionPerShare == 0;

    public FillSimulatorOptions Options { get; } = options;

    /// <summary>A market order filled at <paramref name="referencePrice"/> ± slippage.</summary>
    public Fill FillMarket(Order order, decimal referencePrice, DateTimeOffset timestamp, int? quantity = null)
    {
        var filled = quantity ?? order.Quantity;
        return new Fill(order.ClientOrderId, order.Symbol, order.Side, filled, Slipped(referencePrice, order.Side), Commission(filled), timestamp);
    }

    /// <summary>
    /// Tries to fill <paramref name="order"/> (any type) on <paramref name="bar"/>, of which <paramref name="remaining"/>
    /// shares are still open. Market orders fill at the bar's open. Returns null when the bar does not reach the order's price.
    /// </summary>
    public Fill? TryFill(Order order, in Bar bar, int? remaining = null)
    {
        var price = FillPrice(order.Side, order.Type, order.LimitPrice, order.StopPrice, bar);
        if (price is null)
        {
            return null;
        }
        var quantity = remaining ?? order.Quantity;
        if (Options.MaxVolumeShare is { } share)
        {
            quantity = (int)Math.Min(quantity, Math.Floor(bar.Volume * share));
            if (quantity <= 0)
            {
                return null;
            }
        }
        return new Fill(order.ClientOrderId, order.Symbol, order.Side, quantity, price.Value, Commission(quantity), bar.Timestamp);
    }

    /// <summary>
    /// The price at which <paramref name="bar"/> fills an order of this side, type and levels (the rules above), or null
    /// when the bar does not reach it. Backtests call this directly so that an exit creates no order or fill object.
    /// </summary>
    public decimal? FillPrice(OrderSide side, OrderType type, decimal? limitPrice, decimal? stopPrice, in Bar bar)
    {
        var open = (decimal)bar.Open;
        var buy = side == OrderSide.Buy;
        return type switch
        {
            OrderType.Market => Slipped(open, side),
            OrderType.Limit => LimitPrice(buy, limitPrice!.Value, open, (decimal)bar.High, (decimal)bar.Low),
            OrderType.Stop => StopTrigger(buy, stopPrice!.Value, open, (decimal)bar.High, (decimal)bar.Low) is { } trigger ? Slipped(trigger, side) : null,
            OrderType.StopLimit => StopLimitPrice(buy, stopPrice!.Value, limitPrice!.Value, open, (decimal)bar.High, (decimal)bar.Low),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }

    public decimal Commission(int quantity) => _noCommission ? 0m : Options.CommissionPerOrder + Options.CommissionPerShare * quantity;

    public decimal Slipped(decimal price, OrderSide side) =>
        _noSlippage ? price : side == OrderSide.Buy ? price * _buySlippageFactor : price * _sellSlippageFactor;

    private static decimal? LimitPrice(bool buy, decimal limit, decimal open, decimal high, decimal low) => buy
        ? open <= limit ? open : low <= limit ? limit : null
        : open >= limit ? open : high >= limit ? limit : null;

    private static decimal? StopTrigger(bool buy, decimal stop, decimal open, decimal high, decimal low) => buy
        ? open >= stop ? open : high >= stop ? stop : null
        : open <= stop ? open : low <= stop ? stop : null;

    private static decimal? StopLimitPrice(bool buy, decimal stop, decimal limit, decimal open, decimal high, decimal low)
    {
        if (StopTrigger(buy, stop, open, high, low) is not { } trigger)
        {
            return null;
        }
        if (buy ? trigger <= limit : trigger >= limit)
        {
            return trigger;
        }
        return buy ? (low <= limit ? limit : null) : (high >= limit ? limit : null);
    }
}
