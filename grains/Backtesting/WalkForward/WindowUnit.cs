namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>What window lengths and the step count: bars of the merged timeline, or calendar days.</summary>
public enum WindowUnit
{
    Bars,
    Days,
}
