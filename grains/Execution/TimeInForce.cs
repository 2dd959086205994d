namespace OrleansTrading.Grains.Execution;

public enum TimeInForce
{
    /// <summary>Good for the trading day.</summary>
    Day,

    /// <summary>Good until cancelled.</summary>
    Gtc,

    /// <summary>Immediate or cancel: whatever does not fill on the first bar is cancelled.</summary>
    Ioc,
}
