namespace OrleansTrading.ApiTests.Realtime;

[CollectionDefinition(Name)]
public sealed class RealtimeCollection : ICollectionFixture<RealtimeServerFixture>
{
    public const string Name = "realtime";
}
