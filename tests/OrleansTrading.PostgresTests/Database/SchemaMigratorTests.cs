using Dapper;
using Npgsql;
using OrleansTrading.Grains.Database;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Database;

[Collection(PostgresCollection.Name)]
public sealed class SchemaMigratorTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task First_run_applies_every_script_and_records_its_version()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("migrate");

        var result = await new SchemaMigrator(connectionString).MigrateAsync(CancellationToken.None);

        Assert.Equal(SchemaScripts.All.Select(s => s.Version), result.Applied);
        Assert.Empty(result.AlreadyApplied);
        await using var connection = new NpgsqlConnection(connectionString);
        var recorded = await connection.QueryAsync<(int Version, string Checksum)>("SELECT version, checksum FROM schema_version ORDER BY version");
        Assert.Equal(SchemaScripts.All.Select(s => (s.Version, s.Checksum)), recorded);
    }

    [Fact]
    public async Task Second_run_is_a_no_op()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("migrate");
        var migrator = new SchemaMigrator(connectionString);
        await migrator.MigrateAsync(CancellationToken.None);
        var before = await SnapshotSchemaAsync(connectionString);

        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Empty(second.Applied);
        Assert.Equal(SchemaScripts.All.Select(s => s.Version), second.AlreadyApplied);
        Assert.Equal(before, await SnapshotSchemaAsync(connectionString));
    }

    [Fact]
    public async Task Every_script_is_idempotent_on_its_own()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("migrate");
        await new SchemaMigrator(connectionString).MigrateAsync(CancellationToken.None);
        var before = await SnapshotSchemaAsync(connectionString);

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            foreach (var script in SchemaScripts.All)
            {
                await connection.ExecuteAsync(script.Sql);
            }
        }

        Assert.Equal(before, await SnapshotSchemaAsync(connectionString));
    }

    [Fact]
    public async Task Concurrent_migrators_apply_each_script_once()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("migrate");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new SchemaMigrator(connectionString).MigrateAsync(CancellationToken.None)));

        Assert.Equal(SchemaScripts.All.Select(s => s.Version).Order(), results.SelectMany(r => r.Applied).Order());
    }

    [Fact]
    public async Task A_database_at_an_older_version_gets_only_the_missing_scripts()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("migrate");
        var older = SchemaScripts.All.Take(SchemaScripts.All.Count - 1).ToArray();
        await new SchemaMigrator(connectionString).MigrateAsync(older, CancellationToken.None);

        var result = await new SchemaMigrator(connectionString).MigrateAsync(CancellationToken.None);

        Assert.Equal([SchemaScripts.All[^1].Version], result.Applied);
    }

    /// <summary>Tables, columns, indexes, functions, Orleans query rows and recorded versions: what a re-run must not change.</summary>
    private static async Task<string> SnapshotSchemaAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var columns = await connection.QueryAsync<string>("""
            SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':' || coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1
            """);
        var indexes = await connection.QueryAsync<string>("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1");
        var functions = await connection.QueryAsync<string>("""
            SELECT p.proname || ':' || md5(p.prosrc) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' ORDER BY 1
            """);
        var hasQueryTable = await connection.ExecuteScalarAsync<bool>("SELECT to_regclass('public.orleansquery') IS NOT NULL");
        var queries = hasQueryTable
            ? await connection.QueryAsync<string>("SELECT querykey || ':' || md5(querytext) FROM orleansquery ORDER BY 1")
            : [];
        var versions = await connection.QueryAsync<string>("SELECT version || ':' || checksum || ':' || applied_at FROM schema_version ORDER BY version");
        return string.Join('\n', columns.Concat(indexes).Concat(functions).Concat(queries).Concat(versions));
    }
}
