using OrleansTrading.Grains.Ledger;
using OrleansTrading.TestSupport.Ledger;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Ledger;

/// <summary>The shared query contract against the real schema (migrations 0001-0007), each test on its own <see cref="FreshLedgerDatabase"/>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLedgerQueriesContractTests(PostgresServerFixture postgres) : LedgerQueriesContractTests
{
    private FreshLedgerDatabase? _database;

    protected override async Task<ITradeLedger> CreateEmptyLedgerAsync()
    {
        _database = await FreshLedgerDatabase.CreateAsync(postgres, "queries");
        return _database.Ledger;
    }

    protected override async Task ReleaseLedgerAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
