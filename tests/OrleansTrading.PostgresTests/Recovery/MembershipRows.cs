using Dapper;
using Npgsql;
using Orleans.Runtime;

namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>A silo's row in <c>orleansmembershiptable</c>.</summary>
internal static class MembershipRows
{
    public const int Active = (int)SiloStatus.Active;
    public const int Dead = (int)SiloStatus.Dead;

    public static async Task<int> StatusAsync(string connectionString, SiloAddress silo)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.QuerySingleAsync<int>(
            "SELECT status FROM orleansmembershiptable WHERE address = @Address AND port = @Port AND generation = @Generation",
            Key(silo));
    }

    /// <summary>
    /// Puts the row back to Active with its last liveness time untouched: the row of a process killed outright
    /// (SIGKILL, power loss) that never got to declare its own death. The other silos have to find out.
    /// </summary>
    public static async Task ReviveAsync(string connectionString, SiloAddress silo)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.ExecuteAsync(
            "UPDATE orleansmembershiptable SET status = @Active WHERE address = @Address AND port = @Port AND generation = @Generation",
            Key(silo));
        if (rows != 1)
        {
            throw new InvalidOperationException($"No membership row for {silo}.");
        }
    }

    private static DynamicParameters Key(SiloAddress silo)
    {
        var key = new DynamicParameters();
        key.Add("Address", silo.Endpoint.Address.ToString());
        key.Add("Port", silo.Endpoint.Port);
        key.Add("Generation", silo.Generation);
        key.Add("Active", Active);
        return key;
    }
}
