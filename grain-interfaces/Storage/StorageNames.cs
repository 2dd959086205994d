namespace OrleansTrading.GrainInterfaces.Storage;

/// <summary>Names of the grain storage providers every host registers (one place, no repeated literals).</summary>
public static class StorageNames
{
    /// <summary>Bot and registry state: memory in Embedded mode, PostgreSQL in Cluster mode.</summary>
    public const string Trading = "trading";

    /// <summary>Stream pub-sub rendezvous state; the memory streams provider looks it up by this exact name.</summary>
    public const string PubSub = "PubSubStore";
}
