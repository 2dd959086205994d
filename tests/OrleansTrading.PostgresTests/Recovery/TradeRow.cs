namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>The columns of a <c>trades</c> row the recovery audit checks.</summary>
internal sealed record TradeRow(string Id, string Symbol, string Type, int Quantity, DateTime Timestamp, string? OrderId);
