namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>
/// One walk-forward window as positions on the merged timeline: in-sample bars [InSampleFrom, InSampleTo) and
/// out-of-sample bars [OutOfSampleFrom, OutOfSampleTo), with their first and last timestamps.
/// </summary>
public sealed record WalkForwardWindow(int Index, int InSampleFrom, int InSampleTo, int OutOfSampleFrom, int OutOfSampleTo,
    DateTimeOffset InSampleStart, DateTimeOffset InSampleEnd, DateTimeOffset OutOfSampleStart, DateTimeOffset OutOfSampleEnd);
