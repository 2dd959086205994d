using OrleansTrading.GrainInterfaces.Positions;

namespace OrleansTrading.Grains.Ledger;

/// <summary>An <c>equity_snapshots</c> row as Dapper reads it (time as UTC <see cref="DateTime"/>).</summary>
internal sealed record EquitySnapshotRow
{
    public string Bot_Id { get; init; } = "";
    public DateTime Timestamp { get; init; }
    public decimal Equity { get; init; }
    public decimal Cash { get; init; }
    public decimal Positions_Value { get; init; }

    public EquitySnapshot ToSnapshot() => new()
    {
        BotId = Bot_Id,
        Timestamp = LedgerCodes.ToUtcOffset(Timestamp),
        Equity = Equity,
        Cash = Cash,
        PositionsValue = Positions_Value,
    };
}
