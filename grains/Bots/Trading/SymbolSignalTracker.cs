using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.Signals;

namespace OrleansTrading.Grains.Bots.Trading;

/// <summary>
/// A bot's incremental signal state for one symbol: the engine (O(1) per bar) and the last bar it consumed, so each
/// completed bar is fed exactly once however often the bot cycles.
/// </summary>
public sealed class SymbolSignalTracker(SignalEngine engine)
{
    public SignalEngine Engine { get; } = engine;

    /// <summary>Open time of the last bar fed; null before any.</summary>
    public DateTimeOffset? LastBar { get; private set; }

    public PriceBar? LastPriceBar { get; private set; }

    /// <summary>
    /// Feeds the bars newer than <see cref="LastBar"/>; returns the direction after the newest one (Hold when nothing new
    /// or still warming up) and how many bars were new.
    /// </summary>
    public SignalDirection Advance(IReadOnlyList<PriceBar> bars, out int fed)
    {
        fed = 0;
        var direction = SignalDirection.Hold;
        foreach (var bar in bars)
        {
            if (LastBar is { } last && bar.Timestamp <= last)
            {
                continue;
            }
            direction = Engine.Update(new Bar(bar.Timestamp, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume));
            LastBar = bar.Timestamp;
            LastPriceBar = bar;
            fed++;
        }
        return fed == 0 ? SignalDirection.Hold : direction;
    }

    /// <summary>Feeds history up to and including <paramref name="upTo"/> without acting on it (rebuilding state after activation).</summary>
    public void Warm(IReadOnlyList<PriceBar> bars, DateTimeOffset upTo)
    {
        var history = bars.Where(b => b.Timestamp <= upTo).ToArray();
        Advance(history, out _);
    }
}
