using Npgsql;
using OrleansTrading.Grains.Database;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.TestSupport.Ledger;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Ledger;

/// <summary>
/// The shared query contract against the real schema (migrations 0001-0007): each test gets its own freshly migrated database, with an
/// English (linguistic) collation so that the contract's ordinal id tie-breaks are really tested.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLedgerQueriesContractTests(PostgresServerFixture postgres) : LedgerQueriesContractTests
{
    private NpgsqlDataSource? _dataSource;

    protected override async Task<ITradeLedger> CreateEmptyLedgerAsync()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("queries", icuLocale: "en-US");
        await new SchemaMigrator(connectionString).MigrateAsync(CancellationToken.None);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        return new PostgresTradeLedger(_dataSource);
    }

    protected override async Task ReleaseLedgerAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
