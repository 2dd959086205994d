namespace OrleansTrading.Grains.Risk;

/// <summary>
/// Either an approved order size, or the reasons it was refused. Exit levels are not part of it: a position sets its
/// stop and target from its actual fill price (<see cref="RiskManager.StopLossPrice"/>, <see cref="RiskManager.TakeProfitPrice"/>),
/// not from the reference price the check sized the order with.
/// </summary>
public readonly record struct RiskCheckResult(int Quantity, IReadOnlyList<RiskRejectionCode> Rejections)
{
    public bool IsApproved => Rejections.Count == 0;

    public static RiskCheckResult Approve(int quantity) => new(quantity, []);

    public static RiskCheckResult Reject(params RiskRejectionCode[] reasons) => new(0, reasons);
}
