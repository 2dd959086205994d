namespace OrleansTrading.Grains.Backtesting;

/// <summary>Zero-padded decimal digits written by hand, for the timestamps in ids and artifacts written by the million.</summary>
internal static class FixedDigits
{
    /// <summary>Writes <paramref name="value"/> (≥ 0) into all of <paramref name="destination"/>, zero-padded on the left.</summary>
    public static void Write(Span<char> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }
}
