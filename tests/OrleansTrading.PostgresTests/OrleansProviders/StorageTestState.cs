namespace OrleansTrading.PostgresTests.OrleansProviders;

/// <summary>Grain state written through <c>IGrainStorage</c> in the persistence tests (System.Text.Json payload).</summary>
public sealed class StorageTestState
{
    public string Text { get; set; } = "";

    public int Number { get; set; }

    public List<string> Items { get; set; } = [];
}
