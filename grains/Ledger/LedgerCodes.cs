using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Ledger;

/// <summary>The text codes the ledger stores for enums (the same spelling the REST contract uses), and its time conversion.</summary>
internal static class LedgerCodes
{
    public static string ToCode(TradeSide side) => side == TradeSide.Buy ? "buy" : "sell";

    public static TradeSide ParseSide(string code) => code switch
    {
        "buy" => TradeSide.Buy,
        "sell" => TradeSide.Sell,
        _ => throw new FormatException($"Unknown trade side '{code}' in the ledger."),
    };

    public static string ToCode(TradeStatus status) => status switch
    {
        TradeStatus.Pending => "pending",
        TradeStatus.Filled => "filled",
        TradeStatus.Cancelled => "cancelled",
        TradeStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static TradeStatus ParseStatus(string code) => code switch
    {
        "pending" => TradeStatus.Pending,
        "filled" => TradeStatus.Filled,
        "cancelled" => TradeStatus.Cancelled,
        "failed" => TradeStatus.Failed,
        _ => throw new FormatException($"Unknown trade status '{code}' in the ledger."),
    };

    public static string ToCode(OrderKind kind) => kind switch
    {
        OrderKind.Market => "market",
        OrderKind.Limit => "limit",
        OrderKind.Stop => "stop",
        OrderKind.StopLimit => "stop_limit",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static OrderKind ParseOrderKind(string code) => code switch
    {
        "market" => OrderKind.Market,
        "limit" => OrderKind.Limit,
        "stop" => OrderKind.Stop,
        "stop_limit" => OrderKind.StopLimit,
        _ => throw new FormatException($"Unknown order type '{code}' in the ledger."),
    };

    public static string ToCode(OrderState state) => state switch
    {
        OrderState.New => "new",
        OrderState.PartiallyFilled => "partially_filled",
        OrderState.Filled => "filled",
        OrderState.Cancelled => "cancelled",
        OrderState.Rejected => "rejected",
        OrderState.Expired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static OrderState ParseOrderState(string code) => code switch
    {
        "new" => OrderState.New,
        "partially_filled" => OrderState.PartiallyFilled,
        "filled" => OrderState.Filled,
        "cancelled" => OrderState.Cancelled,
        "rejected" => OrderState.Rejected,
        "expired" => OrderState.Expired,
        _ => throw new FormatException($"Unknown order status '{code}' in the ledger."),
    };

    public static string ToCode(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Info => "info",
        AlertSeverity.Warning => "warning",
        AlertSeverity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static AlertSeverity ParseSeverity(string code) => code switch
    {
        "info" => AlertSeverity.Info,
        "warning" => AlertSeverity.Warning,
        "critical" => AlertSeverity.Critical,
        _ => throw new FormatException($"Unknown alert severity '{code}' in the ledger."),
    };

    /// <summary>Timestamps leave PostgreSQL as UTC <see cref="DateTime"/>s (Npgsql 6+); the contract speaks <see cref="DateTimeOffset"/>.</summary>
    public static DateTimeOffset ToUtcOffset(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
