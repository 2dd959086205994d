namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>Keys of position grains: <c>{botId}:{symbol}</c>. Bot ids are UUIDs, so the first ':' splits the two.</summary>
public static class PositionKeys
{
    public static string For(string botId, string symbol) => botId + ":" + symbol;

    public static (string BotId, string Symbol) Parse(string key)
    {
        var separator = key.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == key.Length - 1)
        {
            throw new ArgumentException($"'{key}' is not a position key ({{botId}}:{{symbol}}).", nameof(key));
        }
        return (key[..separator], key[(separator + 1)..]);
    }
}
