using System.CommandLine;

namespace OrleansTrading.Silo.Cli;

/// <summary>The command tree: no verb runs the silo; each verb is one tool.</summary>
public static class SiloCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("OrleansTrading silo: runs a Cluster-mode Orleans silo (default) or a tool verb.");
        root.SetAction((parseResult, cancellationToken) => SiloHostRunner.RunAsync(parseResult.UnmatchedTokens.ToArray(), cancellationToken));
        root.TreatUnmatchedTokensAsErrors = false;
        root.Subcommands.Add(MigrateCommand.Build());
        root.Subcommands.Add(IndicatorsCommand.Build());
        root.Subcommands.Add(BacktestCommand.Build());
        root.Subcommands.Add(WalkForwardCommand.Build());
        root.Subcommands.Add(GenerateBarsCommand.Build());
        return root;
    }
}
