using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.MarketData;

/// <summary>A parsed CSV bar with the date text exactly as written in the file (echoed by tools that print CSV).</summary>
public readonly record struct BarCsvRow(string DateText, Bar Bar);
