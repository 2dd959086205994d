using OrleansTrading.Grains.Backtesting.Data;

namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary>What a run's summary says about one symbol's data: where from, how many bars, the span and the gaps.</summary>
public sealed record SymbolDataSummary(string Symbol, string Source, int Bars, DateTimeOffset First, DateTimeOffset Last, int Gaps)
{
    public static SymbolDataSummary Of(SymbolBars data)
    {
        var interval = BarInterval.Infer(data.Bars);
        return new SymbolDataSummary(data.Symbol, data.Source, data.Bars.Length,
            data.Bars.Length > 0 ? data.Bars[0].Timestamp : default,
            data.Bars.Length > 0 ? data.Bars[^1].Timestamp : default,
            BarGaps.Count(data.Bars, interval));
    }
}
