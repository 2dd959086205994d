using System.Globalization;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.Grains.MarketData.Clock;
using OrleansTrading.Grains.Streams;

using OrleansTrading.Grains.Time;

namespace OrleansTrading.Grains.Market;

/// <summary>
/// The exchange clock's grain: answers <c>GET /api/market-status</c> and, checking every few seconds, publishes
/// <c>market_status_changed</c> when the market opens or closes, or an always-open market starts its next session. The calendar itself is <see cref="MarketClock"/>.
/// </summary>
public sealed class MarketClockGrain(MarketClock clock, TradingClock time) : Grain, IMarketClockGrain
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    private MarketClockSnapshot? _last;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _last = clock.SnapshotAt(time.GetUtcNow());
        this.RegisterGrainTimer(static (grain, _) => grain.CheckAsync(), this,
            new GrainTimerCreationOptions { DueTime = CheckInterval, Period = CheckInterval, Interleave = false, KeepAlive = true });
        return Task.CompletedTask;
    }

    public Task<MarketStatus> GetStatusAsync() => Task.FromResult(ToStatus(clock.SnapshotAt(time.GetUtcNow())));

    /// <summary>The wire shape of a snapshot; <c>time_until_close</c> as <c>[d.]hh:mm:ss</c>.</summary>
    public static MarketStatus ToStatus(MarketClockSnapshot snapshot) => new()
    {
        IsOpen = snapshot.IsOpen,
        NextOpen = snapshot.NextOpen,
        NextClose = snapshot.NextClose,
        TimeUntilClose = snapshot.TimeUntilClose is { } left
            ? TimeSpan.FromSeconds(Math.Floor(left.TotalSeconds)).ToString("c", CultureInfo.InvariantCulture)
            : null,
    };

    private async Task CheckAsync()
    {
        var snapshot = clock.SnapshotAt(time.GetUtcNow());
        var changed = snapshot.ChangedFrom(_last);
        _last = snapshot;
        if (!changed)
        {
            return;
        }
        await TradingEvents.MarketStatusAsync(this.GetStreamProvider(StreamNames.Provider), ToStatus(snapshot));
    }
}
