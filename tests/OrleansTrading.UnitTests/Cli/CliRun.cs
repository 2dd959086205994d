using System.CommandLine;
using OrleansTrading.Silo.Cli;

namespace OrleansTrading.UnitTests.Cli;

/// <summary>Runs the real silo command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = SiloCommandLine.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
