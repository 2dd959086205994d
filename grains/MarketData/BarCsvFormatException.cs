namespace OrleansTrading.Grains.MarketData;

/// <summary>A bar file that cannot be read; the message names the file and the 1-based line.</summary>
public sealed class BarCsvFormatException(string message) : Exception(message);
