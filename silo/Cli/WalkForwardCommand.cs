using System.CommandLine;
using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Artifacts;
using OrleansTrading.Grains.Backtesting.WalkForward;
using OrleansTrading.Grains.MarketData;

namespace OrleansTrading.Silo.Cli;

/// <summary>
/// <c>silo walk-forward</c>: the backtest inputs plus a parameter grid and window geometry; optimises each window
/// in-sample on all cores, trades the winner out-of-sample and writes the aggregated out-of-sample artifacts with
/// the windows and a parameter stability table. Exit codes as <c>backtest</c>.
/// </summary>
public static class WalkForwardCommand
{
    public static Command Build()
    {
        var inputs = new BacktestInputOptions();
        var grid = new Option<string[]>("--grid")
        {
            Description = "Parameter values to try, e.g. RSI.period=7,14,21 or risk_management.stop_loss=1,2,3; repeat for more axes (cartesian product).",
            AllowMultipleArgumentsPerToken = false,
        };
        var inSample = new Option<int>("--in-sample") { Description = "In-sample length (in --unit).", Required = true };
        var outOfSample = new Option<int>("--out-of-sample") { Description = "Out-of-sample length (in --unit).", Required = true };
        var step = new Option<int?>("--step") { Description = "How far windows move (default: the out-of-sample length)." };
        var unit = new Option<string>("--unit") { Description = "bars (default) or days.", DefaultValueFactory = _ => "bars" }.AcceptOnlyFromAmong("bars", "days");
        var window = new Option<string>("--window") { Description = "rolling (default) or anchored.", DefaultValueFactory = _ => "rolling" }
            .AcceptOnlyFromAmong("rolling", "anchored");
        var objective = new Option<string>("--objective") { Description = "sharpe (default), total_return, calmar or profit_factor.", DefaultValueFactory = _ => "sharpe" }
            .AcceptOnlyFromAmong([.. WalkForwardSettings.Objectives]);
        var minTrades = new Option<int>("--min-trades") { Description = "Minimum in-sample trades for a parameter set to count (default 1).", DefaultValueFactory = _ => 1 };
        var command = new Command("walk-forward", "Walk-forward optimisation: best in-sample parameters per window, traded out-of-sample; aggregated artifacts.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { grid, inSample, outOfSample, step, unit, window, objective, minTrades })
        {
            command.Options.Add(option);
        }
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var (config, data, settings) = inputs.Load(parseResult);
                var walkForward = new WalkForwardSettings
                {
                    InSample = parseResult.GetValue(inSample),
                    OutOfSample = parseResult.GetValue(outOfSample),
                    Step = parseResult.GetValue(step),
                    Unit = parseResult.GetValue(unit) == "days" ? WindowUnit.Days : WindowUnit.Bars,
                    Window = parseResult.GetValue(window) == "anchored" ? WindowKind.Anchored : WindowKind.Rolling,
                    Objective = parseResult.GetValue(objective)!,
                    MinTrades = parseResult.GetValue(minTrades),
                    Grid = (parseResult.GetValue(grid) ?? []).Select(ParameterAxis.Parse).ToArray(),
                }.Validated();
                var identity = RunIdentity.Compute(config, data, settings, WalkForwardArtifacts.Kind, WalkForwardArtifacts.IdentityText(walkForward));
                var jobs = walkForward.Grid.Aggregate(1L, (n, a) => n * a.Values.Count);
                var result = CliProgress.Run(output, "walk-forward", jobs * 100_000,
                    report => WalkForwardEngine.Run(config, data, settings, walkForward, done => report(done * 100_000)));
                var directory = await WalkForwardArtifacts.WriteAsync(result, identity, parseResult.GetValue(inputs.Out)!.FullName, cancellationToken);
                output.WriteLine($"windows            {result.Windows.Count}");
                output.WriteLine($"parameter sets     {result.ParameterSets} ({result.InvalidParameterSets} invalid)");
                foreach (var p in result.Stability)
                {
                    output.WriteLine($"{p.Path,-18} {string.Join(", ", p.Chosen.Select(c => $"{ArtifactText.Money(c.Value)}×{c.Windows}"))} ({p.Changes} changes)");
                }
                output.WriteLine("out-of-sample:");
                BacktestCommand.WriteMetrics(output, result.Aggregate.Metrics);
                output.WriteLine($"run        {identity.RunId}");
                output.WriteLine($"directory  {directory}");
                return 0;
            }
            catch (Exception e) when (e is BacktestInputException or BarCsvFormatException)
            {
                error.WriteLine(e.Message);
                return BacktestCommand.InputError;
            }
        });
        return command;
    }
}
