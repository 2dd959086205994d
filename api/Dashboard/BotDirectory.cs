using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Api.Dashboard;

/// <summary>The registered bots, read once per request for names, capital and status counts.</summary>
public static class BotDirectory
{
    public static Task<IReadOnlyList<Bot>> ListAsync(IClusterClient client) =>
        client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key).ListBotsAsync();

    public static IReadOnlyDictionary<string, string> Names(IEnumerable<Bot> bots) =>
        bots.ToDictionary(b => b.Id, b => b.Name, StringComparer.Ordinal);
}
