using System.CommandLine;
using System.Globalization;
using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Artifacts;
using OrleansTrading.Grains.Backtesting.Metrics;
using OrleansTrading.Grains.MarketData;

namespace OrleansTrading.Silo.Cli;

/// <summary>
/// <c>silo backtest --config bot.json --data SPY=spy.csv … --out runs/</c>: runs the engine, writes the artifacts into
/// <c>runs/&lt;run id&gt;/</c> and prints the metrics and the directory. Exit codes: 0 done, 2 bad input (config, data,
/// settings; the message says which), 1 anything else (command-line syntax errors, an unwritable output folder).
/// </summary>
public static class BacktestCommand
{
    public const int InputError = 2;

    public static Command Build()
    {
        var inputs = new BacktestInputOptions();
        var command = new Command("backtest", "Backtest a bot configuration over bar files and write summary, ledgers and an HTML report.");
        inputs.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var (config, data, settings) = inputs.Load(parseResult);
                var identity = RunIdentity.Compute(config, data, settings);
                var (result, directory) = await BacktestArtifacts.RunAndWriteAsync(data, identity, parseResult.GetValue(inputs.Out)!.FullName,
                    () => CliProgress.Run(output, "backtest", data.Sum(d => (long)d.Bars.Length), report => BacktestEngine.Run(config, data, settings, report)),
                    cancellationToken);
                WriteMetrics(output, result.Metrics);
                output.WriteLine($"run        {identity.RunId}");
                output.WriteLine($"directory  {directory}");
                return 0;
            }
            catch (Exception e) when (e is BacktestInputException or BarCsvFormatException)
            {
                error.WriteLine(e.Message);
                return InputError;
            }
        });
        return command;
    }

    /// <summary>The metrics as an aligned two-column table (6 decimals; n/a for undefined ratios).</summary>
    public static void WriteMetrics(TextWriter output, PerformanceMetrics metrics)
    {
        foreach (var (key, value) in metrics.Ratios())
        {
            output.WriteLine($"{key,-18} {Format(value)}");
        }
        output.WriteLine($"{"total_trades",-18} {metrics.TotalTrades.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine($"{"winning_trades",-18} {metrics.WinningTrades.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine($"{"losing_trades",-18} {metrics.LosingTrades.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine($"{"final_equity",-18} {ArtifactText.Money(metrics.FinalEquity)}");
    }

    private static string Format(double value) => double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "n/a";
}
