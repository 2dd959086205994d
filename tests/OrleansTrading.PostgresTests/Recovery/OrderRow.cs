namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>The columns of an <c>orders</c> row the recovery audit checks.</summary>
internal sealed record OrderRow(string ClientOrderId, string Symbol, string Side, int Quantity, string Status, int FilledQuantity, DateTime SubmittedAt);
