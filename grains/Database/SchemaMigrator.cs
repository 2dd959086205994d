using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace OrleansTrading.Grains.Database;

/// <summary>
/// Applies the embedded <c>sql/</c> scripts that a database lacks, each in its own transaction, and records them in
/// <c>schema_version</c>. Safe to run from several silos at once (a session advisory lock serialises them) and
/// any number of times (applied versions are skipped; the scripts are idempotent as well).
/// </summary>
public sealed class SchemaMigrator(string connectionString, ILogger<SchemaMigrator>? logger = null)
{
    // Arbitrary but fixed: every OrleansTrading migrator contends for this one advisory lock.
    private const long AdvisoryLockKey = 0x4F54_5344_4D49_4752;

    private const string CreateVersionTableSql = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     integer     PRIMARY KEY,
            name        text        NOT NULL,
            checksum    text        NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now()
        )
        """;

    private readonly ILogger _logger = logger ?? NullLogger<SchemaMigrator>.Instance;

    public Task<SchemaMigrationResult> MigrateAsync(CancellationToken cancellationToken) => MigrateAsync(SchemaScripts.All, cancellationToken);

    /// <summary>Applies <paramref name="scripts"/> (tests pass a subset to simulate an older database).</summary>
    public async Task<SchemaMigrationResult> MigrateAsync(IReadOnlyList<SchemaScript> scripts, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(CreateVersionTableSql, cancellationToken: cancellationToken));
            var recorded = (await connection.QueryAsync<(int Version, string Checksum)>(
                    new CommandDefinition("SELECT version, checksum FROM schema_version", cancellationToken: cancellationToken)))
                .ToDictionary(r => r.Version, r => r.Checksum);

            var applied = new List<int>();
            var already = new List<int>();
            foreach (var script in scripts)
            {
                if (recorded.TryGetValue(script.Version, out var checksum))
                {
                    already.Add(script.Version);
                    if (!string.Equals(checksum, script.Checksum, StringComparison.Ordinal))
                    {
                        SchemaMigratorLog.ChecksumMismatch(_logger, script.Version, script.Name, checksum, script.Checksum);
                    }
                    continue;
                }
                await ApplyAsync(connection, script, cancellationToken);
                applied.Add(script.Version);
                SchemaMigratorLog.Applied(_logger, script.Version, script.Name);
            }
            if (applied.Count == 0 && scripts.Count > 0)
            {
                SchemaMigratorLog.UpToDate(_logger, scripts[^1].Version);
            }
            return new SchemaMigrationResult(applied, already);
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, SchemaScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(script.Sql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schema_version (version, name, checksum) VALUES (@Version, @Name, @Checksum)",
            new { script.Version, script.Name, script.Checksum }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
