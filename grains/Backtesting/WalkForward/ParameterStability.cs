namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>How often each value of a grid parameter was chosen, and how many times the choice changed from one window to the next.</summary>
public sealed record ParameterStability(string Path, IReadOnlyList<(decimal Value, int Windows)> Chosen, int Changes);
