namespace OrleansTrading.Grains.Risk;

/// <summary>Either an approved order size with its exit levels, or the reasons it was refused.</summary>
public sealed record RiskCheckResult(int Quantity, decimal? StopLossPrice, decimal? TakeProfitPrice, IReadOnlyList<RiskRejectionCode> Rejections)
{
    public bool IsApproved => Rejections.Count == 0;

    public static RiskCheckResult Approve(int quantity, decimal? stopLoss, decimal? takeProfit) => new(quantity, stopLoss, takeProfit, []);

    public static RiskCheckResult Reject(params RiskRejectionCode[] reasons) => new(0, null, null, reasons);
}
