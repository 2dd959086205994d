namespace OrleansTrading.Grains.Execution.Brokers;

/// <summary>An order with who places it and the market price the placer saw (a paper fill's reference).</summary>
public sealed record BrokerOrderRequest(string BotId, Order Order, decimal MarketPrice);
