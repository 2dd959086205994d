namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Parabolic stop and reverse (Wilder, 1978). Bar 1 sets up the first trade: up when <c>C_1 ≥ C_0</c>, else down;
/// SAR = the extreme of bar 0 opposite the trend (<c>L_0</c> up, <c>H_0</c> down); EP (extreme point) = the extreme
/// of bar 1 in the trend direction; AF = <c>step</c>. For each bar t ≥ 2:
/// <list type="number">
/// <item>SAR = SAR + AF × (EP − SAR), then clamped out of the prior two bars' range: in an uptrend at most
/// <c>min(L_{t−1}, L_{t−2})</c>, in a downtrend at least <c>max(H_{t−1}, H_{t−2})</c>. Bar 0's extreme is itself the
/// seed SAR, so the first step (t = 2) is clamped by bar 1 alone, as in Wilder's worksheet (50.00, 50.047, …).</item>
/// <item>If bar t penetrates it (uptrend <c>L_t ≤ SAR</c>, downtrend <c>H_t ≥ SAR</c>) the trend reverses:
/// SAR = EP, EP = bar t's extreme in the new direction, AF = <c>step</c>.</item>
/// <item>Otherwise, if bar t made a new extreme, EP takes it and AF grows by <c>step</c> up to <c>max</c>.</item>
/// </list>
/// The value at index t is the SAR in force once bar t has been processed: the stop bar t was tested against, or,
/// on a reversal bar, the new trade's stop (the previous EP), as Wilder's tables print it. Index 0 has no value;
/// the first valid index is 1 (SAR = the seed).
/// </summary>
public static class ParabolicSar
{
    public static ParabolicSarResult[] Calculate(IReadOnlyList<Bar> bars, double step = 0.02, double max = 0.2)
    {
        Validate(step, max);
        var results = new ParabolicSarResult[bars.Count];
        if (bars.Count == 0)
        {
            return results;
        }
        results[0] = new ParabolicSarResult(bars[0].Timestamp, null, null);
        if (bars.Count == 1)
        {
            return results;
        }
        var rising = bars[1].Close >= bars[0].Close;
        var sar = rising ? bars[0].Low : bars[0].High;
        var extreme = rising ? bars[1].High : bars[1].Low;
        var factor = step;
        results[1] = new ParabolicSarResult(bars[1].Timestamp, sar, rising);
        for (var i = 2; i < bars.Count; i++)
        {
            var bar = bars[i];
            var previous = bars[i - 1];
            var beforePrevious = i == 2 ? previous : bars[i - 2];
            Advance(ref sar, ref rising, ref extreme, ref factor, bar,
                Math.Min(previous.Low, beforePrevious.Low), Math.Max(previous.High, beforePrevious.High), step, max);
            results[i] = new ParabolicSarResult(bar.Timestamp, sar, rising);
        }
        return results;
    }

    /// <summary>
    /// One bar of Wilder's recurrence (shared by the batch and the incremental state): move the SAR toward the extreme
    /// point, clamp it out of the prior two bars' range (<paramref name="lowestPriorLow"/> /
    /// <paramref name="highestPriorHigh"/>), then reverse on penetration or extend the extreme and the factor.
    /// </summary>
    internal static void Advance(ref double sar, ref bool rising, ref double extreme, ref double factor, in Bar bar,
        double lowestPriorLow, double highestPriorHigh, double step, double max)
    {
        sar += factor * (extreme - sar);
        if (rising)
        {
            sar = Math.Min(sar, lowestPriorLow);
            if (bar.Low <= sar)
            {
                rising = false;
                sar = extreme;
                extreme = bar.Low;
                factor = step;
            }
            else if (bar.High > extreme)
            {
                extreme = bar.High;
                factor = Math.Min(factor + step, max);
            }
        }
        else
        {
            sar = Math.Max(sar, highestPriorHigh);
            if (bar.High >= sar)
            {
                rising = true;
                sar = extreme;
                extreme = bar.High;
                factor = step;
            }
            else if (bar.Low < extreme)
            {
                extreme = bar.Low;
                factor = Math.Min(factor + step, max);
            }
        }
    }

    internal static void Validate(double step, double max)
    {
        IndicatorGuard.Positive(step, nameof(step));
        IndicatorGuard.Positive(max, nameof(max));
        if (max < step)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"{nameof(max)} must be at least {nameof(step)} ({step}).");
        }
    }
}
