namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>A <see cref="PnlTally"/> of the trades sharing one key: an exchange date (<c>yyyy-MM-dd</c>), a symbol or a bot id.</summary>
public sealed record PnlGroup(string Key, PnlTally Tally);
