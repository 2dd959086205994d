namespace OrleansTrading.ApiTests.Dashboard;

[CollectionDefinition(Name)]
public sealed class SeededLedgerCollection : ICollectionFixture<SeededLedgerFixture>
{
    public const string Name = "seeded ledger";
}
