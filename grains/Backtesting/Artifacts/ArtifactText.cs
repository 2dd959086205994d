using System.Globalization;
using OrleansTrading.Grains.Execution;

namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary>
/// The one way artifacts spell values: invariant culture, UTC timestamps ending in Z, decimals without trailing
/// zeros, doubles in shortest round-trip form — so the same run always writes the same bytes.
/// </summary>
public static class ArtifactText
{
    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

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
