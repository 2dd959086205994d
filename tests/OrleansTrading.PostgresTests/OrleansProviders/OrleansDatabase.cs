using Npgsql;
using OrleansTrading.Grains.Database;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.OrleansProviders;

/// <summary>Fresh databases migrated with the embedded <c>sql/</c> scripts, plus direct access for assertions.</summary>
internal static class OrleansDatabase
{
    /// <summary>The ADO.NET invariant every Orleans provider in these tests uses.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Creates an empty database on the shared test server and applies every migration to it.</summary>
    public static async Task<string> CreateMigratedAsync(PostgresServerFixture postgres, string prefix)
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync(prefix);
        await new SchemaMigrator(connectionString).MigrateAsync(CancellationToken.None);
        return connectionString;
    }

    /// <summary>The query text Orleans would load for <paramref name="queryKey"/>.</summary>
    public static async Task<string> QueryTextAsync(string connectionString, string queryKey)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT querytext FROM orleansquery WHERE querykey = @key", connection);
        command.Parameters.AddWithValue("key", queryKey);
        return (string?)await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"Query key {queryKey} is missing.");
    }
}
