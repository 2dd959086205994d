using System.CommandLine;
using System.Globalization;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.MarketData;

namespace OrleansTrading.Silo.Cli;

/// <summary>
/// <c>silo indicators --data bars.csv --indicator "RSI:period=14" …</c>: computes indicators over a bar file with
/// the incremental states the bots use and prints CSV: <c>date</c>, then one column per output, an empty cell while
/// an output is not ready, values in round-trip precision.
/// </summary>
public static class IndicatorsCommand
{
    public static Command Build()
    {
        var data = new Option<FileInfo>("--data") { Description = "CSV with date,open,high,low,close,volume (any order and case).", Required = true };
        var indicators = new Option<string[]>("--indicator")
        {
            Description = "Name[:param=value,...], e.g. \"RSI:period=14\" or \"Bollinger Bands:period=20,stdDev=2\". Repeat; one per kind.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("indicators", "Compute technical indicators over a bar file and print them as CSV.");
        command.Options.Add(data);
        command.Options.Add(indicators);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var specifications = ParseSpecifications(parseResult.GetValue(indicators)!);
                var file = parseResult.GetValue(data)!;
                if (!file.Exists)
                {
                    error.WriteLine($"Bar file not found: {file.FullName}");
                    return 2;
                }
                var rows = BarCsvReader.ReadFile(file.FullName);
                if (ReferenceEquals(output, Console.Out))
                {
                    // Console.Out flushes per write; a buffered stream is ~20× faster on a million rows.
                    using var stdout = new StreamWriter(Console.OpenStandardOutput(), bufferSize: 1 << 16) { AutoFlush = false };
                    Write(rows, specifications, stdout);
                }
                else
                {
                    Write(rows, specifications, output);
                }
                return 0;
            }
            catch (Exception e) when (e is FormatException or BarCsvFormatException or IOException)
            {
                error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static IndicatorSpecification[] ParseSpecifications(string[] texts)
    {
        var specifications = texts.Select(IndicatorSpecification.Parse).ToArray();
        var repeated = specifications.GroupBy(s => s.Definition.Name).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? specifications
            : throw new FormatException($"{repeated.Key} is given more than once; pass one --indicator per kind.");
    }

    /// <summary>Streams the CSV: one pass over the bars, every state updated once per bar.</summary>
    public static void Write(IReadOnlyList<BarCsvRow> rows, IReadOnlyList<IndicatorSpecification> specifications, TextWriter output)
    {
        var states = specifications.Select(s => s.CreateState()).ToArray();
        output.Write("date");
        foreach (var state in states)
        {
            foreach (var name in state.OutputNames)
            {
                output.Write(',');
                output.Write(name);
            }
        }
        output.Write('\n');
        Span<char> number = stackalloc char[32];
        foreach (var row in rows)
        {
            output.Write(row.DateText);
            foreach (var state in states)
            {
                state.Add(row.Bar);
                for (var o = 0; o < state.OutputNames.Count; o++)
                {
                    output.Write(',');
                    var value = state.GetOutput(o);
                    if (!double.IsNaN(value) && value.TryFormat(number, out var written, "R", CultureInfo.InvariantCulture))
                    {
                        output.Write(number[..written]);
                    }
                }
            }
            output.Write('\n');
        }
        output.Flush();
    }
}
