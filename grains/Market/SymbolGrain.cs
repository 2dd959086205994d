using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.MarketData.Feeds;
using OrleansTrading.Grains.Observability;
using OrleansTrading.Grains.Streams;

using OrleansTrading.Grains.Time;

namespace OrleansTrading.Grains.Market;

/// <summary>
/// A ticker's rolling window of completed bars. Stateless by design: the feed can rebuild the window at any time
/// (bars are a function of symbol and time), so a new activation on any silo backfills and carries on.
/// </summary>
public sealed class SymbolGrain(IMarketDataFeed feed, IOptions<MarketDataOptions> options, TradingClock time, TradingMetrics metrics, ILogger<SymbolGrain> logger)
    : Grain, ISymbolGrain
{
    private readonly int _windowSize = Math.Max(10, options.Value.WindowSize);
    private readonly Queue<Bar> _window = new();
    private readonly HashSet<string> _barSubscribers = new(StringComparer.Ordinal);
    private IGrainTimer? _timer;
    private DateTimeOffset? _lastBar;
    private bool _primed;

    private string Symbol => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (feed.Supports(Symbol))
        {
            ScheduleNextPoll();
        }
        return Task.CompletedTask;
    }

    public Task SubscribeBarsAsync(string botId)
    {
        _barSubscribers.Add(botId);
        return Task.CompletedTask;
    }

    public Task UnsubscribeBarsAsync(string botId)
    {
        _barSubscribers.Remove(botId);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<PriceBar>> GetBarsAsync(DateTimeOffset? after, int maxBars)
    {
        await CatchUpAsync();
        var bars = new List<PriceBar>(Math.Min(Math.Max(0, maxBars), _window.Count));
        foreach (var bar in _window)
        {
            if (after is null || bar.Timestamp > after)
            {
                bars.Add(ToPriceBar(bar));
            }
        }
        return bars.Count > maxBars ? bars.GetRange(bars.Count - maxBars, maxBars) : bars;
    }

    public async Task<MarketDataSnapshot?> GetSnapshotAsync(int recentBars)
    {
        if (!feed.Supports(Symbol))
        {
            return null;
        }
        await CatchUpAsync();
        if (_window.Count == 0)
        {
            return null;
        }
        var first = _window.Peek();
        var last = _window.Last();
        var price = (decimal)last.Close;
        var reference = (decimal)first.Open;
        var recent = _window.Skip(Math.Max(0, _window.Count - Math.Clamp(recentBars, 0, _windowSize))).Select(ToPriceBar).ToArray();
        return new MarketDataSnapshot
        {
            Symbol = Symbol,
            Price = price,
            Change = price - reference,
            ChangePercent = reference == 0 ? 0 : Math.Round((price - reference) / reference * 100m, 4),
            Open = last.Open,
            High = last.High,
            Low = last.Low,
            Close = last.Close,
            Volume = last.Volume,
            Timestamp = last.Timestamp,
            Bars = recent,
        };
    }

    public Task<int> PollAsync() => CatchUpAsync();

    /// <summary>
    /// One-shot timers re-aimed at each bar's close (plus a hair, so the bar is complete when the feed is asked): a fixed
    /// period would drift against the bar grid and delay every bot's reaction by up to a whole bar.
    /// </summary>
    private DateTimeOffset _pollDueAt;

    private void RecordPollDelay() => metrics.SymbolPollDelay.Record((time.GetUtcNow() - _pollDueAt).TotalMilliseconds);

    private void ScheduleNextPoll()
    {
        var period = feed.BarPeriod;
        var now = time.GetUtcNow();
        var sinceGrid = TimeSpan.FromTicks(((now - DateTimeOffset.UnixEpoch).Ticks % period.Ticks + period.Ticks) % period.Ticks);
        var due = period - sinceGrid + TimeSpan.FromMilliseconds(2);
        _pollDueAt = now + due;
        _timer?.Dispose();
        _timer = this.RegisterGrainTimer(static async (grain, _) =>
        {
            try
            {
                grain.RecordPollDelay();
                await grain.PollAsync();
            }
            finally
            {
                grain.ScheduleNextPoll();
            }
        }, this, new GrainTimerCreationOptions { DueTime = due, Period = Timeout.InfiniteTimeSpan, Interleave = false, KeepAlive = false });
    }

    private async Task<int> CatchUpAsync()
    {
        if (!feed.Supports(Symbol))
        {
            return 0;
        }
        var fresh = await feed.GetCompletedBarsAsync(Symbol, _lastBar, time.GetUtcNow(), _windowSize, CancellationToken.None);
        if (fresh.Count == 0)
        {
            return 0;
        }
        foreach (var bar in fresh)
        {
            _window.Enqueue(bar);
        }
        while (_window.Count > _windowSize)
        {
            _window.Dequeue();
        }
        _lastBar = fresh[^1].Timestamp;
        // The first fill is a backfill of history: only bars that complete while active are news.
        if (_primed)
        {
            var last = fresh[^1];
            var closedAt = last.Timestamp + feed.BarPeriod;
            // The newest bar only: a bot that missed the ones before it asks for them (its tracker knows the gap).
            var notice = ToPriceBar(last);
            foreach (var botId in _barSubscribers)
            {
                // One-way calls: a bot that is busy (or itself waiting on this grain) never holds up the others.
                _ = GrainFactory.GetGrain<IBotGrain>(botId).OnBarClosedAsync(Symbol, notice);
            }
            await TradingEvents.PriceAsync(this.GetStreamProvider(StreamNames.Provider),
                new PriceUpdate { Symbol = Symbol, Price = (decimal)last.Close, Timestamp = closedAt });
        }
        else
        {
            SymbolGrainLog.Backfilled(logger, Symbol, fresh.Count, feed.Name);
        }
        _primed = true;
        return fresh.Count;
    }

    private static PriceBar ToPriceBar(Bar bar) => new()
    {
        Timestamp = bar.Timestamp,
        Open = bar.Open,
        High = bar.High,
        Low = bar.Low,
        Close = bar.Close,
        Volume = bar.Volume,
    };
}
