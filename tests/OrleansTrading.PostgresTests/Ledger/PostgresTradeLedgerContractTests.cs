using OrleansTrading.Grains.Ledger;
using OrleansTrading.TestSupport.Ledger;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Ledger;

/// <summary>The shared ledger contract against the real schema, each test on its own <see cref="FreshLedgerDatabase"/>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTradeLedgerContractTests(PostgresServerFixture postgres) : TradeLedgerContractTests
{
    private FreshLedgerDatabase? _database;

    protected override async Task<ITradeLedger> CreateEmptyLedgerAsync()
    {
        _database = await FreshLedgerDatabase.CreateAsync(postgres, "ledger");
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
