using System.Globalization;
using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary>
/// The one way artifacts spell values: invariant culture, UTC timestamps ending in Z, decimals without trailing
/// zeros, doubles in shortest round-trip form — so the same run always writes the same bytes.
/// </summary>
public static class ArtifactText
{
    /// <summary>UTC ISO 8601 to the second, <c>2024-01-02T14:30:00Z</c>; the one definition is <see cref="FormatTimestamp"/>.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        string.Create(20, value, static (destination, instant) => FormatTimestamp(instant, destination));

    /// <summary>
    /// <see cref="Timestamp"/> written into <paramref name="destination"/> (at least 20 chars); returns the length.
    /// Digits by hand: a million-row equity file spent more time in the format-string machinery than anywhere else.
    /// </summary>
    public static int FormatTimestamp(DateTimeOffset value, Span<char> destination)
    {
        var utc = value.UtcDateTime;
        if (destination.Length < 20)
        {
            throw new ArgumentException("The timestamp needs 20 characters.", nameof(destination));
        }
        FixedDigits.Write(destination[..4], utc.Year);
        destination[4] = '-';
        FixedDigits.Write(destination.Slice(5, 2), utc.Month);
        destination[7] = '-';
        FixedDigits.Write(destination.Slice(8, 2), utc.Day);
        destination[10] = 'T';
        FixedDigits.Write(destination.Slice(11, 2), utc.Hour);
        destination[13] = ':';
        FixedDigits.Write(destination.Slice(14, 2), utc.Minute);
        destination[16] = ':';
        FixedDigits.Write(destination.Slice(17, 2), utc.Second);
        destination[19] = 'Z';
        return 20;
    }

    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>104.1040 and 104.104 are the same money; artifacts always write the latter.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    public static string Money(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A fixed-decimals figure for people (report, console), never for machines.</summary>
    public static string Fixed(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "n/a";

    public static string Percent(double fraction, int decimals = 2) =>
        double.IsFinite(fraction) ? (fraction * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " %" : "n/a";

    public static string Side(OrderSide side) => side == OrderSide.Buy ? "buy" : "sell";

    public static string Snake(ExitReason reason) => reason switch
    {
        ExitReason.Signal => "signal",
        ExitReason.StopLoss => "stop_loss",
        ExitReason.TakeProfit => "take_profit",
        ExitReason.EndOfData => "end_of_data",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static string Snake(FillModel fill) => fill == FillModel.NextOpen ? "next_open" : "close";

    public static string Snake(OrderType type) => type switch
    {
        OrderType.Market => "market",
        OrderType.Limit => "limit",
        OrderType.Stop => "stop",
        OrderType.StopLimit => "stop_limit",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
