using Spectre.Console;

namespace OrleansTrading.Silo.Cli;

/// <summary>
/// A Spectre.Console progress bar around long work, shown only on an interactive console and for big inputs, so
/// redirected output and tests stay plain text.
/// </summary>
public static class CliProgress
{
    private const long MinimumUnits = 250_000;

    public static T Run<T>(TextWriter output, string description, long totalUnits, Func<Action<long>, T> work)
    {
        if (totalUnits < MinimumUnits || !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            return work(_ => { });
        }
        return AnsiConsole.Progress()
            .AutoClear(true)
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: totalUnits);
                return work(done => task.Value = done);
            });
    }
}
