namespace OrleansTrading.Grains.Backtesting;

/// <summary>When a market order decided at the close of bar t fills.</summary>
public enum FillModel
{
    /// <summary>At the open of the symbol's next bar (default: the decision cannot trade on a price it has already seen).</summary>
    NextOpen,

    /// <summary>At the close of bar t itself — optimistic: it trades at the very price the decision was made on.</summary>
    Close,
}
