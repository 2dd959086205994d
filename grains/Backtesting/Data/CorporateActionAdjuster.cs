using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.Backtesting.Data;

/// <summary>
/// Backward adjustment, the usual convention of adjusted price series: the latest bars keep their traded prices and
/// every bar before an ex-date is scaled so the series has no artificial jump there.
/// <list type="bullet">
/// <item>Split of ratio r: earlier prices ÷ r, earlier volumes × r.</item>
/// <item>Cash dividend d: earlier prices × (1 − d / c), c = the unadjusted close of the last bar before the ex-date;
/// volumes unchanged.</item>
/// </list>
/// Factors multiply across actions. OHLC relations survive (every price of a bar gets the same factor).
/// </summary>
public static class CorporateActionAdjuster
{
    public static SymbolBars[] Apply(IReadOnlyList<SymbolBars> data, IReadOnlyList<CorporateAction> actions) =>
        data.Select(series => Apply(series, actions.Where(a => a.Symbol is null || a.Symbol == series.Symbol).ToArray())).ToArray();

    public static SymbolBars Apply(SymbolBars series, IReadOnlyList<CorporateAction> actions)
    {
        if (actions.Count == 0)
        {
            return series;
        }
        var raw = series.Bars;
        var priceFactor = new double[raw.Length];
        var volumeFactor = new double[raw.Length];
        Array.Fill(priceFactor, 1.0);
        Array.Fill(volumeFactor, 1.0);
        foreach (var action in actions)
        {
            var exDate = new DateTimeOffset(action.ExDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            // Bars before the ex-date: [0, before).
            var before = 0;
            while (before < raw.Length && raw[before].Timestamp < exDate)
            {
                before++;
            }
            if (before == 0)
            {
                continue;
            }
            var price = 1 / action.SplitRatio;
            if (action.CashDividend > 0)
            {
                var close = raw[before - 1].Close;
                if (action.CashDividend >= close)
                {
                    throw new BacktestInputException(
                        $"{series.Symbol}: the {action.ExDate:yyyy-MM-dd} dividend {action.CashDividend} is not below the previous close {close}.");
                }
                price *= 1 - action.CashDividend / close;
            }
            for (var i = 0; i < before; i++)
            {
                priceFactor[i] *= price;
                volumeFactor[i] *= action.SplitRatio;
            }
        }
        var adjusted = new Bar[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            var f = priceFactor[i];
            adjusted[i] = new Bar(b.Timestamp, b.Open * f, b.High * f, b.Low * f, b.Close * f, b.Volume * volumeFactor[i]);
        }
        return series with { Bars = adjusted, Source = series.Source + " (adjusted)" };
    }
}
