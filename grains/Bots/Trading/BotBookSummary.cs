using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.Grains.Risk;

namespace OrleansTrading.Grains.Bots.Trading;

/// <summary>
/// A bot's book at the start of a cycle, from its position grains: equity = capital + realized P&amp;L + unrealized
/// P&amp;L; session P&amp;L = realized within the current exchange session + unrealized (what the daily-loss limit reads).
/// </summary>
public sealed record BotBookSummary(decimal Equity, decimal SessionPnl, decimal PositionsValue, IReadOnlyList<PositionExposure> OpenPositions)
{
    public static BotBookSummary From(decimal capital, IEnumerable<PositionBook> books, DateOnly session)
    {
        decimal realized = 0, realizedInSession = 0, unrealized = 0, value = 0;
        var open = new List<PositionExposure>();
        foreach (var book in books)
        {
            realized += book.RealizedTotal;
            if (book.Session == session)
            {
                realizedInSession += book.RealizedInSession;
            }
            if (book.Open is { } position)
            {
                unrealized += position.UnrealizedPnl;
                value += position.CurrentPrice * position.Quantity;
                open.Add(new PositionExposure(position.Symbol, position.Quantity, position.EntryPrice, position.CurrentPrice));
            }
        }
        return new BotBookSummary(capital + realized + unrealized, realizedInSession + unrealized, value, open);
    }
}
