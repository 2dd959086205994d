namespace OrleansTrading.Grains.Hosting;

/// <summary>How the Orleans cluster is hosted; chosen by configuration (<c>Orleans:Mode</c>), never by code changes.</summary>
public enum OrleansMode
{
    /// <summary>One process, localhost clustering, memory storage, reminders and streams: nothing persists.</summary>
    Embedded,

    /// <summary>Separate silo processes; clustering, grain state and reminders in PostgreSQL.</summary>
    Cluster,
}
