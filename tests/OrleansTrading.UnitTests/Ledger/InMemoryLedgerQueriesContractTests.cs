using OrleansTrading.Grains.Ledger;
using OrleansTrading.TestSupport.Ledger;

namespace OrleansTrading.UnitTests.Ledger;

public sealed class InMemoryLedgerQueriesContractTests : LedgerQueriesContractTests
{
    protected override Task<ITradeLedger> CreateEmptyLedgerAsync() => Task.FromResult<ITradeLedger>(new InMemoryTradeLedger());
}
