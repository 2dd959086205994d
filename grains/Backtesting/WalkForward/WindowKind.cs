namespace OrleansTrading.Grains.Backtesting.WalkForward;

public enum WindowKind
{
    /// <summary>The in-sample window keeps its length and moves forward by the step.</summary>
    Rolling,

    /// <summary>The in-sample window always starts at the first bar and grows by the step.</summary>
    Anchored,
}
