using Npgsql;
using OrleansTrading.Grains.Database;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.TestSupport.Ledger;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Ledger;

/// <summary>
/// The shared ledger contract against the real schema: each test gets its own freshly migrated database, with an
/// English (linguistic) collation so that the contract's ordinal id tie-breaks are really tested.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTradeLedgerContractTests(PostgresServerFixture postgres) : TradeLedgerContractTests
{
    private NpgsqlDataSource? _dataSource;

    protected override async Task<ITradeLedger> CreateEmptyLedgerAsync()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("ledger", icuLocale: "en-US");
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
