using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Ledger;

/// <summary>The text codes the ledger stores for enums; the same spelling the REST contract uses.</summary>
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
}
