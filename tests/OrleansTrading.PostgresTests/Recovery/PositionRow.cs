namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>The columns of a <c>positions</c> row the recovery audit checks.</summary>
internal sealed record PositionRow(string Id, string Symbol, int Quantity, bool IsOpen, DateTime OpenedAt, DateTime? ClosedAt);
