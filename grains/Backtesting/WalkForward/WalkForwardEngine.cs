using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Backtesting.Metrics;
using OrleansTrading.Grains.Bots.Validation;

namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>
/// Walk-forward optimisation over <see cref="BacktestEngine"/>. Every (window, parameter set) in-sample run is
/// independent and runs in parallel on all cores; results land in fixed slots and ties go to the earlier set in grid
/// order, so the outcome never depends on scheduling. Each window's best in-sample set then trades its out-of-sample
/// span, sequentially, starting from the capital the previous window ended with (positions close at every window's
/// end). Both runs see all earlier bars as indicator warm-up.
/// </summary>
public static class WalkForwardEngine
{
    public static WalkForwardResult Run(BotConfig config, IReadOnlyList<SymbolBars> data, BacktestSettings settings, WalkForwardSettings walkForward,
        Action<long>? progress = null, int? maxParallelism = null)
    {
        walkForward.Validated();
        settings.Validated();
        var timeline = data.SelectMany(d => d.Bars.Select(b => b.Timestamp)).Distinct().Order().ToArray();
        var windows = WalkForwardWindowPlanner.Plan(timeline, walkForward);
        if (windows.Count == 0)
        {
            throw new BacktestInputException(
                $"No walk-forward window fits {timeline.Length} bars: in-sample {walkForward.InSample} + out-of-sample {walkForward.OutOfSample} {walkForward.Unit.ToString().ToLowerInvariant()} is too long.");
        }
        var (sets, invalid) = ParameterSets(config, walkForward.Grid);

        var scores = new (double Objective, int Trades)[windows.Count * sets.Count];
        long done = 0;
        Parallel.For(0, scores.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount }, job =>
        {
            var window = windows[job / sets.Count];
            var run = BacktestEngine.Run(sets[job % sets.Count].Config, data, settings with { Start = window.InSampleStart, End = window.InSampleEnd });
            scores[job] = (run.Metrics.Get(walkForward.Objective), run.Metrics.TotalTrades);
            progress?.Invoke(Interlocked.Increment(ref done));
        });

        var capital = settings.Capital;
        var windowResults = new List<WalkForwardWindowResult>();
        var orders = new List<BacktestOrder>();
        var fills = new List<BacktestFill>();
        var trades = new List<BacktestTrade>();
        var equity = new List<EquityPoint>();
        var rejections = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var barsInMarket = 0;
        var notional = 0m;
        foreach (var window in windows)
        {
            var best = Best(scores.AsSpan(window.Index * sets.Count, sets.Count), walkForward.MinTrades, out var eligible);
            var start = capital;
            PerformanceMetrics? outOfSample = null;
            if (best >= 0)
            {
                var run = BacktestEngine.Run(sets[best].Config, data,
                    settings with { Capital = capital, Start = window.OutOfSampleStart, End = window.OutOfSampleEnd });
                orders.AddRange(run.Orders);
                fills.AddRange(run.Fills);
                trades.AddRange(run.Trades);
                equity.AddRange(run.Equity);
                foreach (var (code, count) in run.RiskRejections)
                {
                    rejections[code] = rejections.GetValueOrDefault(code) + count;
                }
                barsInMarket += run.BarsInMarket;
                notional += run.TradedNotional;
                capital = run.FinalEquity;
                outOfSample = run.Metrics;
            }
            else
            {
                for (var i = window.OutOfSampleFrom; i < window.OutOfSampleTo; i++)
                {
                    equity.Add(new EquityPoint(timeline[i], (double)capital));
                }
            }
            windowResults.Add(new WalkForwardWindowResult(window, best >= 0 ? sets[best].Values : null,
                best >= 0 ? scores[window.Index * sets.Count + best].Objective : double.NaN,
                best >= 0 ? scores[window.Index * sets.Count + best].Trades : 0, eligible, outOfSample, start, capital));
        }

        var interval = BarInterval.Infer(data.OrderBy(d => d.Symbol, StringComparer.Ordinal).First().Bars);
        var aggregate = new BacktestResult
        {
            Config = config,
            Settings = settings,
            Data = data.OrderBy(d => d.Symbol, StringComparer.Ordinal).ToArray(),
            Interval = interval,
            Orders = orders,
            Fills = fills,
            Trades = trades,
            Equity = equity,
            RiskRejections = rejections,
            BarsInMarket = barsInMarket,
            TradedNotional = notional,
            FinalEquity = capital,
            Metrics = PerformanceCalculator.Compute(settings.Capital, capital, equity, trades, barsInMarket, notional, interval.PeriodsPerYear),
        };
        return new WalkForwardResult(walkForward, windowResults, Stability(walkForward.Grid, windowResults), aggregate, sets.Count, invalid);
    }

    /// <summary>Highest objective among sets with enough trades (NaN ranks lowest); ties keep the earlier set; −1 when none is eligible.</summary>
    internal static int Best(ReadOnlySpan<(double Objective, int Trades)> scores, int minTrades, out int eligible)
    {
        var best = -1;
        eligible = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i].Trades < minTrades)
            {
                continue;
            }
            eligible++;
            var value = double.IsNaN(scores[i].Objective) ? double.NegativeInfinity : scores[i].Objective;
            if (best < 0 || value > (double.IsNaN(scores[best].Objective) ? double.NegativeInfinity : scores[best].Objective))
            {
                best = i;
            }
        }
        return best;
    }

    /// <summary>The grid's cartesian product (first axis slowest) as configs; sets the validator refuses are dropped and counted.</summary>
    private static (List<(IReadOnlyList<(string Path, decimal Value)> Values, BotConfig Config)> Sets, int Invalid) ParameterSets(
        BotConfig config, IReadOnlyList<ParameterAxis> grid)
    {
        var combinations = new List<IReadOnlyList<(string, decimal)>> { Array.Empty<(string, decimal)>() };
        foreach (var axis in grid)
        {
            combinations = combinations.SelectMany(c => axis.Values.Select(v => (IReadOnlyList<(string, decimal)>)[.. c, (axis.Path, v)])).ToList();
        }
        var sets = new List<(IReadOnlyList<(string Path, decimal Value)>, BotConfig)>();
        var invalid = 0;
        string? firstProblem = null;
        foreach (var combination in combinations)
        {
            var candidate = config;
            foreach (var (path, value) in combination)
            {
                candidate = grid.First(a => a.Path == path).Apply(candidate, value);
            }
            var errors = BotConfigValidator.Validate(candidate);
            if (errors.Count == 0)
            {
                sets.Add((combination, candidate));
            }
            else
            {
                invalid++;
                firstProblem ??= $"{string.Join(", ", combination.Select(c => $"{c.Item1}={c.Item2}"))}: {errors.First().Value[0]}";
            }
        }
        return sets.Count > 0
            ? (sets, invalid)
            : throw new BacktestInputException($"Every parameter set of the grid is invalid, e.g. {firstProblem}");
    }

    private static List<ParameterStability> Stability(IReadOnlyList<ParameterAxis> grid, IReadOnlyList<WalkForwardWindowResult> windows)
    {
        var table = new List<ParameterStability>();
        foreach (var axis in grid)
        {
            var chosen = windows.Where(w => w.Parameters is not null).Select(w => w.Parameters!.First(p => p.Path == axis.Path).Value).ToArray();
            var changes = chosen.Zip(chosen.Skip(1)).Count(p => p.First != p.Second);
            table.Add(new ParameterStability(axis.Path, axis.Values.Select(v => (v, chosen.Count(c => c == v))).ToArray(), changes));
        }
        return table;
    }
}
