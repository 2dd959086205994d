using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Grains.Ledger;

/// <summary>
/// One row of the trade aggregate query (<c>GROUP BY GROUPING SETS</c>): <see cref="Grouping_Set"/> is PostgreSQL's
/// <c>GROUPING(day, symbol, bot_id)</c> bit mask, telling which key the row is grouped by.
/// </summary>
internal sealed record PnlTallyRow
{
    /// <summary>No key: the overall tally.</summary>
    public const int Overall = 0b111;

    public const int ByDate = 0b011;
    public const int BySymbol = 0b101;
    public const int ByBot = 0b110;

    public int Grouping_Set { get; init; }
    public string? Date_Key { get; init; }
    public string? Symbol { get; init; }
    public string? Bot_Id { get; init; }
    public long Trades { get; init; }
    public long Closing_Trades { get; init; }
    public long Wins { get; init; }
    public long Losses { get; init; }
    public decimal Total_Pnl { get; init; }
    public decimal Gross_Profit { get; init; }
    public decimal Gross_Loss { get; init; }
    public decimal? Best { get; init; }
    public decimal? Worst { get; init; }

    public PnlTally ToTally() => new()
    {
        Trades = Trades,
        ClosingTrades = Closing_Trades,
        Wins = Wins,
        Losses = Losses,
        TotalPnl = Total_Pnl,
        GrossProfit = Gross_Profit,
        GrossLoss = Gross_Loss,
        Best = Best,
        Worst = Worst,
    };
}
