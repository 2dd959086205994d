namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>
/// A bot's holding in one symbol (key <c>{botId}:{symbol}</c>, see <see cref="PositionKeys"/>). Every order for the
/// pair goes through here, one at a time, so a signal exit, a stop-loss and a manual close can never sell twice.
/// While open it follows the symbol's prices, marks unrealized P&amp;L and exits at its stop-loss or take-profit.
/// </summary>
[Alias("OrleansTrading.IPositionGrain")]
public interface IPositionGrain : IGrainWithStringKey
{
    /// <summary>The open position and the pair's realized P&amp;L (used by the bot's risk checks).</summary>
    [Alias("GetBookAsync")]
    Task<PositionBook> GetBookAsync();

    /// <summary>Buys through the broker (idempotent by the command's client order id) and opens or adds to the position.</summary>
    [Alias("BuyAsync")]
    Task<PositionCommandResult> BuyAsync(BuyCommand command);

    /// <summary>Sells the whole position, or reduces it by the command's quantity, through the broker (idempotent by client order id); NotOpen when flat.</summary>
    [Alias("CloseAsync")]
    Task<PositionCommandResult> CloseAsync(CloseCommand command);

    /// <summary>
    /// Retires the pair for good because its bot is being deleted: stops following prices and cancels timers, clears
    /// the state and leaves a tombstone, so no later command, price or activation writes anything for the bot again
    /// (commands answer <see cref="PositionCommandOutcome.Retired"/>). Idempotent. The caller (the bot's delete) has
    /// already closed the position or refused to go on while it was open.
    /// </summary>
    [Alias("RetireAsync")]
    Task RetireAsync();
}
