namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Keltner channels: middle = <see cref="Ema"/>(<c>emaPeriod</c>) of closes, upper/lower = middle ± multiplier ×
/// <see cref="Atr"/>(<c>atrPeriod</c>), computed as <c>width = multiplier × ATR</c>, <c>middle + width</c>,
/// <c>middle − width</c>. First valid index: <c>max(emaPeriod − 1, atrPeriod)</c>.
/// </summary>
public static class Keltner
{
    public static KeltnerResult[] Calculate(IReadOnlyList<Bar> bars, int emaPeriod = 20, int atrPeriod = 10, double multiplier = 2)
    {
        Validate(emaPeriod, atrPeriod, multiplier);
        var closes = new double[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            closes[i] = bars[i].Close;
        }
        var ema = Ema.Over(closes, emaPeriod);
        var atr = Atr.Over(bars, atrPeriod);
        var results = new KeltnerResult[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            if (double.IsNaN(ema[i]) || double.IsNaN(atr[i]))
            {
                results[i] = new KeltnerResult(bars[i].Timestamp, null, null, null);
                continue;
            }
            var width = multiplier * atr[i];
            results[i] = new KeltnerResult(bars[i].Timestamp, ema[i] + width, ema[i], ema[i] - width);
        }
        return results;
    }

    internal static void Validate(int emaPeriod, int atrPeriod, double multiplier)
    {
        IndicatorGuard.Period(emaPeriod, nameof(emaPeriod));
        IndicatorGuard.Period(atrPeriod, nameof(atrPeriod));
        IndicatorGuard.Positive(multiplier, nameof(multiplier));
    }
}
