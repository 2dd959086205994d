using OrleansTrading.GrainInterfaces.Bots;
namespace OrleansTrading.Grains.Signals;

/// <summary>Combines voting indicators by the bot's <see cref="SignalRule"/>, then applies filters (which can only veto).</summary>
public static class SignalCombiner
{
    public static SignalDirection Combine(IReadOnlyList<IndicatorVote> votes, SignalRule rule)
    {
        int buys = 0, sells = 0, holds = 0;
        var filtersPass = true;
        foreach (var vote in votes)
        {
            if (vote.IsFilter)
            {
                filtersPass &= vote.Passed;
                continue;
            }
            switch (vote.Vote)
            {
                case SignalDirection.Buy: buys++; break;
                case SignalDirection.Sell: sells++; break;
                default: holds++; break;
            }
        }
        return Combine(buys, sells, holds, filtersPass, rule);
    }

    /// <summary>The rule over vote counts (the allocation-free form the signal engine uses on every bar).</summary>
    public static SignalDirection Combine(int buys, int sells, int holds, bool filtersPass, SignalRule rule)
    {
        var direction = rule switch
        {
            // Seed rule: only non-hold votes count, and a side needs strictly more than half of them.
            SignalRule.Majority => buys * 2 > buys + sells ? SignalDirection.Buy : sells * 2 > buys + sells ? SignalDirection.Sell : SignalDirection.Hold,
            SignalRule.All => buys > 0 && sells == 0 && holds == 0 ? SignalDirection.Buy
                : sells > 0 && buys == 0 && holds == 0 ? SignalDirection.Sell
                : SignalDirection.Hold,
            SignalRule.Any => buys > 0 && sells == 0 ? SignalDirection.Buy
                : sells > 0 && buys == 0 ? SignalDirection.Sell
                : SignalDirection.Hold,
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
        return filtersPass ? direction : SignalDirection.Hold;
    }
}
