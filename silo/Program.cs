using OrleansTrading.Silo.Cli;

namespace OrleansTrading.Silo;

/// <summary>The silo executable: runs a Cluster-mode silo by default; verbs add tools (<c>migrate</c>, …).</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => SiloCommandLine.Build().Parse(args).InvokeAsync();
}
