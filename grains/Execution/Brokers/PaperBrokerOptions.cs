namespace OrleansTrading.Grains.Execution.Brokers;

/// <summary>Costs the paper broker simulates (configuration section <c>Broker:Paper</c>).</summary>
public sealed class PaperBrokerOptions
{
    public const string SectionName = "Broker:Paper";

    /// <summary>Market and stop fills move this many basis points against the trader.</summary>
    public decimal SlippageBps { get; set; } = 1m;

    public decimal CommissionPerOrder { get; set; }

    public decimal CommissionPerShare { get; set; }
}
