namespace OrleansTrading.Api.Demo;

/// <summary>Section <c>Demo</c>: whether an Embedded-mode start seeds the demo bot (default true).</summary>
public sealed class DemoSettings
{
    public const string SectionName = "Demo";

    public bool SeedDemoBot { get; set; } = true;
}
