namespace OrleansTrading.Grains.Execution;

/// <summary>Costs and liquidity assumptions of simulated fills.</summary>
public sealed record FillSimulatorOptions
{
    /// <summary>Adverse slippage in basis points applied to market and stop fills (buys pay more, sells get less).</summary>
    public decimal SlippageBps { get; init; }

    /// <summary>Fixed commission per fill.</summary>
    public decimal CommissionPerOrder { get; init; }

    /// <summary>Commission per share filled.</summary>
    public decimal CommissionPerShare { get; init; }

    /// <summary>When set (0, 1], a fill on a bar takes at most this share of the bar's volume; the rest stays open.</summary>
    public double? MaxVolumeShare { get; init; }
}
