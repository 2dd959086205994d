using System.Text.Json;
using Dapper;
using Npgsql;

namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>Reads a bot's persisted grain state straight from <c>orleansstorage</c>, so a test can watch a bot without activating it.</summary>
internal static class BotStorage
{
    /// <summary>The <c>LastRunAt</c> of the bot's stored state (written by the first cycle of an activation, then at least every 5 s).</summary>
    public static async Task<DateTimeOffset?> LastRunAtAsync(string connectionString, string botId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var payload = await connection.QuerySingleOrDefaultAsync<byte[]>(
            "SELECT payloadbinary FROM orleansstorage WHERE graintypestring = 'bot' AND grainidextensionstring = @botId", new { botId });
        if (payload is null)
        {
            return null;
        }
        using var state = JsonDocument.Parse(payload);
        foreach (var property in state.RootElement.EnumerateObject())
        {
            if (string.Equals(property.Name, "LastRunAt", StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value.GetDateTimeOffset();
            }
        }
        throw new InvalidOperationException("The stored bot state has no LastRunAt: " + state.RootElement.GetRawText());
    }
}
