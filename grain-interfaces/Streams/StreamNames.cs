namespace OrleansTrading.GrainInterfaces.Streams;

/// <summary>The stream provider and its namespaces.</summary>
public static class StreamNames
{
    /// <summary>The one stream provider (memory streams); swap the registration, not this name.</summary>
    public const string Provider = "events";

    public const string Prices = "prices";
    public const string Trades = "trades";
    public const string Positions = "positions";
    public const string Bots = "bots";
    public const string Market = "market";
    public const string Alerts = "alerts";
}
