using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>One symbol's validated bars (ascending, unique timestamps) and where they came from.</summary>
public sealed record SymbolBars(string Symbol, string Source, Bar[] Bars);
