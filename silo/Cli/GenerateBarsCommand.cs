using System.CommandLine;
using System.Globalization;
using OrleansTrading.Grains.Backtesting.Data;
using OrleansTrading.Grains.Bots.Validation;

namespace OrleansTrading.Silo.Cli;

/// <summary>
/// <c>silo generate-bars --symbol X --bars N --interval 1d|1m --seed S [--start DATE] [--out file.csv]</c>: a
/// deterministic synthetic OHLCV CSV (same arguments, same bytes) for demos and benchmarks; stdout without --out.
/// </summary>
public static class GenerateBarsCommand
{
    public static Command Build()
    {
        var symbol = new Option<string>("--symbol") { Description = "Ticker the file is for (checked like a bot's symbols).", Required = true };
        var bars = new Option<int>("--bars") { Description = "Number of bars (1 to 50,000,000).", Required = true };
        var interval = new Option<string>("--interval") { Description = "1d (weekdays) or 1m (09:30–16:00 New York).", DefaultValueFactory = _ => "1d" }
            .AcceptOnlyFromAmong("1d", "1m");
        var seed = new Option<ulong>("--seed") { Description = "Random seed (default 1).", DefaultValueFactory = _ => 1UL };
        var start = new Option<string>("--start") { Description = "First date, yyyy-MM-dd (default 2020-01-02).", DefaultValueFactory = _ => "2020-01-02" };
        var outFile = new Option<FileInfo?>("--out") { Description = "CSV file to write (default: stdout)." };
        var command = new Command("generate-bars", "Write a deterministic synthetic OHLCV CSV (geometric random walk).");
        foreach (var option in new Option[] { symbol, bars, interval, seed, start, outFile })
        {
            command.Options.Add(option);
        }
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var ticker = parseResult.GetValue(symbol)!.Trim().ToUpperInvariant();
            if (!BotConfigValidator.IsValidTicker(ticker))
            {
                error.WriteLine($"'{ticker}' is not a valid ticker (e.g. SPY, BRK.B).");
                return 2;
            }
            var count = parseResult.GetValue(bars);
            if (count is < 1 or > 50_000_000)
            {
                error.WriteLine("--bars must be from 1 to 50,000,000.");
                return 2;
            }
            if (!DateOnly.TryParseExact(parseResult.GetValue(start), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                error.WriteLine($"--start '{parseResult.GetValue(start)}' is not a date (yyyy-MM-dd).");
                return 2;
            }
            var intraday = parseResult.GetValue(interval) == "1m";
            var generated = SyntheticBarGenerator.Generate(count, intraday, parseResult.GetValue(seed), first);
            if (parseResult.GetValue(outFile) is { } file)
            {
                BarCsvWriter.WriteFile(file.FullName, generated, intraday);
                output.WriteLine($"{count.ToString(CultureInfo.InvariantCulture)} {(intraday ? "1m" : "1d")} bars for {ticker} written to {file.FullName}");
            }
            else if (ReferenceEquals(output, Console.Out))
            {
                using var stdout = new StreamWriter(Console.OpenStandardOutput(), bufferSize: 1 << 16);
                BarCsvWriter.Write(stdout, generated, intraday);
            }
            else
            {
                BarCsvWriter.Write(output, generated, intraday);
            }
            return 0;
        });
        return command;
    }
}
