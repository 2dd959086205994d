namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>Walk-forward optimisation: window geometry, the parameter grid, the objective and the minimum in-sample trade count.</summary>
public sealed record WalkForwardSettings
{
    /// <summary>The objectives a window's best in-sample parameters can be chosen by (higher is better).</summary>
    public static readonly IReadOnlyList<string> Objectives = ["sharpe", "total_return", "calmar", "profit_factor"];

    public required int InSample { get; init; }
    public required int OutOfSample { get; init; }

    /// <summary>How far each window moves; defaults to the out-of-sample length (adjacent, non-overlapping test windows).</summary>
    public int? Step { get; init; }

    public WindowUnit Unit { get; init; } = WindowUnit.Bars;
    public WindowKind Window { get; init; } = WindowKind.Rolling;
    public string Objective { get; init; } = "sharpe";

    /// <summary>Parameter sets with fewer in-sample trades are not eligible.</summary>
    public int MinTrades { get; init; } = 1;

    public IReadOnlyList<ParameterAxis> Grid { get; init; } = [];

    public int EffectiveStep => Step ?? OutOfSample;

    /// <summary>Throws naming the first invalid setting.</summary>
    public WalkForwardSettings Validated()
    {
        if (InSample < 1 || OutOfSample < 1 || EffectiveStep < 1)
        {
            throw new BacktestInputException("in-sample, out-of-sample and step must be at least 1.");
        }
        if (!Objectives.Contains(Objective, StringComparer.Ordinal))
        {
            throw new BacktestInputException($"objective '{Objective}' is not one of {string.Join(", ", Objectives)}.");
        }
        if (MinTrades < 0)
        {
            throw new BacktestInputException("min trades must not be negative.");
        }
        var repeated = Grid.GroupBy(a => a.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new BacktestInputException($"the grid names {repeated.Key} twice.");
        }
        return this;
    }
}
