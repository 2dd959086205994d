namespace OrleansTrading.GrainInterfaces.Streams;

/// <summary>Stream keys within a namespace.</summary>
public static class StreamKeys
{
    /// <summary>The stream carrying every event of its namespace (for the api's realtime fan-out).</summary>
    public const string All = "all";
}
