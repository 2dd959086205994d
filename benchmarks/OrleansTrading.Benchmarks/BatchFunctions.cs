using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Benchmarks;

/// <summary>Each indicator's batch function with catalog-default parameters.</summary>
public static class BatchFunctions
{
    private static readonly Dictionary<string, Func<Bar[], int>> ByName = new(StringComparer.Ordinal)
    {
        ["RSI"] = b => Rsi.Calculate(b, 14).Length,
        ["MACD"] = b => Macd.Calculate(b, 12, 26, 9).Length,
        ["SMA"] = b => Sma.Calculate(b, 50).Length,
        ["EMA"] = b => Ema.Calculate(b, 20).Length,
        ["Bollinger Bands"] = b => BollingerBands.Calculate(b, 20, 2).Length,
        ["Stochastic"] = b => Stochastic.Calculate(b, 14, 3, 3).Length,
        ["OBV"] = b => Obv.Calculate(b).Length,
        ["WMA"] = b => Wma.Calculate(b, 20).Length,
        ["ROC"] = b => Roc.Calculate(b, 12).Length,
        ["ATR"] = b => Atr.Calculate(b, 14).Length,
        ["ADX"] = b => Adx.Calculate(b, 14).Length,
        ["VWAP"] = b => Vwap.Calculate(b).Length,
        ["CCI"] = b => Cci.Calculate(b, 20).Length,
        ["Williams %R"] = b => WilliamsR.Calculate(b, 14).Length,
        ["MFI"] = b => Mfi.Calculate(b, 14).Length,
        ["Donchian Channels"] = b => Donchian.Calculate(b, 20).Length,
        ["Keltner Channels"] = b => Keltner.Calculate(b, 20, 10, 2).Length,
        ["Parabolic SAR"] = b => ParabolicSar.Calculate(b, 0.02, 0.2).Length,
        ["SuperTrend"] = b => SuperTrend.Calculate(b, 10, 3).Length,
    };

    public static int Run(string indicator, Bar[] bars) => ByName[indicator](bars);
}
