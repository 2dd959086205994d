namespace OrleansTrading.Api.Hosting;

internal static partial class StartupLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Warning, Message =
        "*** EMBEDDED MODE: Orleans runs in this process with in-memory grain state, reminders, streams and ledger. " +
        "NOTHING PERSISTS: every bot, trade and position is lost when the process exits. " +
        "Set Orleans__Mode=Cluster and ConnectionStrings__Postgres for durable state. ***")]
    public static partial void EmbeddedModeWarning(ILogger logger);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Cluster mode: joining silos of cluster {ClusterId} as an Orleans client")]
    public static partial void ClusterMode(ILogger logger, string clusterId);
}
