using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Storage;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.Grains.Bots.Trading;
using OrleansTrading.Grains.Bots.Validation;
using OrleansTrading.Grains.Execution;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.MarketData.Clock;
using OrleansTrading.Grains.MarketData.Feeds;
using OrleansTrading.Grains.Observability;
using OrleansTrading.Grains.Streams;

using OrleansTrading.Grains.Time;

namespace OrleansTrading.Grains.Bots;

/// <summary>
/// A bot's identity, configuration and lifecycle, and while running its trading loop: a grain timer every
/// <c>trading_frequency</c> seconds runs <see cref="BotTradingCycle"/>, and a reminder brings the bot back (and re-arms the
/// timer) after a deactivation, a silo restart or a silo failure. Rules live in <see cref="BotLifecycle"/>,
/// <see cref="BotConfigValidator"/> and <see cref="BotTradingRules"/>.
/// </summary>
public sealed class BotGrain(
    [PersistentState("bot", StorageNames.Trading)] IPersistentState<BotState> state,
    ITradeLedger ledger,
    MarketClock marketClock,
    IMarketDataFeed feed,
    TradingMetrics metrics,
    TradingClock time,
    IOptions<BotGrainOptions> options,
    ILogger<BotGrain> logger) : Grain, IBotGrain, IRemindable
{
    /// <summary>The reminder that keeps a running bot alive across restarts, every <see cref="BotGrainOptions.KeepTradingPeriod"/>.</summary>
    public const string KeepTradingReminder = "keep-trading";

    /// <summary>Cycle state that is not worth a storage write is persisted at least this often anyway.</summary>
    private static readonly TimeSpan StateFlushInterval = TimeSpan.FromSeconds(5);

    private IGrainTimer? _timer;
    private BotTradingCycle? _cycle;
    private DateTimeOffset _lastStateWrite = DateTimeOffset.MinValue;
    private DateTimeOffset _lastCycleAt = DateTimeOffset.MinValue;

    private string BotId => this.GetPrimaryKeyString();

    /// <summary>A created bot that no delete has begun on; a deleted one answers like an unknown one.</summary>
    private bool Exists => state.State.Config is not null && state.State.DeletedAt is null;

    /// <summary>The trading cycle of the current configuration (recreated after an update).</summary>
    private BotTradingCycle Cycle => _cycle ??= new BotTradingCycle(BotId, state.State.Config!, feed.BarPeriod, GrainFactory, marketClock, time);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Exists && state.State.Status == BotStatus.Running)
        {
            state.State.KillSwitchActive = (await GrainFactory.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key).GetKillSwitchAsync()).Active;
            ArmTimer();
            BotGrainLog.Resumed(logger, BotId);
        }
    }

    public Task<Bot?> GetAsync() => Task.FromResult(Exists ? ToBot() : null);

    public async Task<BotCommandResult> CreateAsync(BotConfig config)
    {
        if (Exists)
        {
            return BotCommandResult.Conflict($"Bot '{BotId}' already exists.", BotErrorCodes.AlreadyExists);
        }
        if (state.State.DeletedAt is not null)
        {
            return BotCommandResult.Conflict(BotDeletion.DeletedIdRefusal(BotId));
        }
        var errors = BotConfigValidator.Validate(config);
        if (errors.Count > 0)
        {
            return BotCommandResult.Invalid(errors);
        }
        var now = time.GetUtcNow();
        state.State = new BotState { Config = config, Status = BotStatus.Stopped, CreatedAt = now, UpdatedAt = now };
        await state.WriteStateAsync();
        BotGrainLog.Created(logger, BotId, config.Name, config.Symbols.Count);
        return BotCommandResult.Success(ToBot());
    }

    public async Task<BotCommandResult> UpdateAsync(BotConfig config)
    {
        if (!Exists)
        {
            return BotCommandResult.NotFound(BotId);
        }
        var errors = BotConfigValidator.Validate(config);
        if (errors.Count > 0)
        {
            return BotCommandResult.Invalid(errors);
        }
        state.State.Config = config;
        state.State.UpdatedAt = time.GetUtcNow();
        // New indicators or symbols: signal state is rebuilt from the bar window on the next cycle.
        _cycle = null;
        await state.WriteStateAsync();
        if (state.State.Status == BotStatus.Running)
        {
            ArmTimer();
        }
        BotGrainLog.Updated(logger, BotId);
        return BotCommandResult.Success(ToBot());
    }

    public Task<BotCommandResult> StartAsync() => TransitionAsync(BotCommand.Start);

    public Task<BotCommandResult> StopAsync() => TransitionAsync(BotCommand.Stop);

    public Task<BotCommandResult> PauseAsync() => TransitionAsync(BotCommand.Pause);

    public async Task<BotCommandResult> DeleteAsync(bool flatten)
    {
        if (state.State.Config is null)
        {
            return BotCommandResult.NotFound(BotId);
        }
        var positions = await PositionGrainsAsync();
        if (state.State.DeletedAt is null)
        {
            if (!BotLifecycle.CanDelete(state.State.Status))
            {
                return BotCommandResult.Conflict($"Bot '{BotId}' is {state.State.Status.ToString().ToLowerInvariant()}; stop it before deleting.", BotErrorCodes.NotStopped);
            }
            var open = await OpenSymbolsAsync(positions);
            if (open.Count > 0 && !flatten)
            {
                return BotCommandResult.Conflict(BotDeletion.OpenPositionsRefusal(BotId, open), BotErrorCodes.HasOpenPositions);
            }
            if (open.Count > 0 && await FlattenAsync(positions, open) is { } refusal)
            {
                return BotCommandResult.Conflict(refusal, BotErrorCodes.FlattenFailed);
            }
            // From here on the bot is gone for every caller; if a step below fails, a repeated delete finishes the job.
            state.State.DeletedAt = time.GetUtcNow();
            await WriteStateAsync();
        }
        var deleted = ToBot();
        DisarmTimer();
        await UnregisterKeepTradingAsync();
        // Writers go before rows: a position grain runs one call at a time, so a mark or exit in flight has written by
        // the time it is retired, and nothing writes after; the rows deleted next stay deleted.
        await Task.WhenAll(positions.Values.Select(p => p.RetireAsync()));
        var rows = await ledger.DeleteBotDataAsync(BotId, CancellationToken.None);
        state.State = new BotState { DeletedAt = state.State.DeletedAt };
        await WriteStateAsync();
        BotGrainLog.Deleted(logger, BotId, rows);
        DeactivateOnIdle();
        return BotCommandResult.Success(deleted);
    }

    public async Task<BotCycleReport> RunCycleAsync()
    {
        if (!Exists || state.State.Status != BotStatus.Running)
        {
            return new BotCycleReport { Ran = false };
        }
        var started = time.GetTimestamp();
        _lastCycleAt = time.GetUtcNow();
        var report = await Cycle.RunAsync(state.State);
        metrics.Cycles.Add(1);
        metrics.BarsProcessed.Add(report.NewBars);
        metrics.CycleDuration.Record(time.GetElapsedTime(started).TotalMilliseconds);
        BotGrainLog.Cycle(logger, BotId, report.NewBars, report.OrdersPlaced, report.Rejections);
        var now = time.GetUtcNow();
        state.State.LastRunAt = now;
        var mustWrite = report.OrdersPlaced > 0 || report.Error is not null || state.State.ConsecutiveErrors > 0 && report.Error is null;
        if (report.Error is null)
        {
            state.State.ConsecutiveErrors = 0;
        }
        else
        {
            state.State.ErrorCount++;
            state.State.ConsecutiveErrors++;
            metrics.CycleErrors.Add(1);
            BotGrainLog.CycleFailed(logger, BotId, state.State.ConsecutiveErrors, report.Error);
            if (state.State.ConsecutiveErrors >= BotTradingRules.MaxConsecutiveErrors)
            {
                await FailAsync(report.Error);
                return report;
            }
        }
        if (Cycle.HaltChanged is { } halt)
        {
            mustWrite = true;
            await RaiseHaltAlertAsync(halt);
        }
        if (mustWrite || now - _lastStateWrite >= StateFlushInterval)
        {
            await WriteStateAsync();
        }
        if (Cycle.EquitySnapshotDue(now) is { } snapshot)
        {
            await ledger.RecordEquitySnapshotAsync(snapshot, CancellationToken.None);
        }
        return report;
    }

    public async Task ApplyKillSwitchAsync(bool active, bool flatten)
    {
        if (!Exists)
        {
            return;
        }
        state.State.KillSwitchActive = active;
        await WriteStateAsync();
        if (active && flatten)
        {
            await Cycle.FlattenAsync();
        }
    }

    public Task<string?> GetExitSnapshotAsync(string symbol, string exitReason) =>
        Exists ? Cycle.ExitSnapshotAsync(symbol, exitReason) : Task.FromResult<string?>(null);

    public Task OnBarClosedAsync(string symbol, PriceBar bar)
    {
        metrics.BarNoticeDelay.Record((time.GetUtcNow() - (bar.Timestamp + feed.BarPeriod)).TotalMilliseconds);
        if (!Exists || state.State.Status != BotStatus.Running)
        {
            return GrainFactory.GetGrain<ISymbolGrain>(symbol).UnsubscribeBarsAsync(BotId);
        }
        // trading_frequency paces bar-driven cycles: with bars faster than the frequency, every n-th bar runs one.
        var due = TimeSpan.FromSeconds(state.State.Config!.TradingFrequency) - feed.BarPeriod / 2;
        if (time.GetUtcNow() - _lastCycleAt < due)
        {
            return Task.CompletedTask;
        }
        Cycle.Deliver(symbol, bar);
        return RunCycleAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != KeepTradingReminder)
        {
            return;
        }
        if (Exists && state.State.Status == BotStatus.Running)
        {
            // Activation already re-armed the timer; this keeps a silent bot from being collected.
            ArmTimer();
            return;
        }
        await UnregisterKeepTradingAsync();
    }

    private async Task<BotCommandResult> TransitionAsync(BotCommand command)
    {
        if (!Exists)
        {
            return BotCommandResult.NotFound(BotId);
        }
        var from = state.State.Status;
        var next = BotLifecycle.Apply(from, command, out var refusal);
        if (next is null)
        {
            return BotCommandResult.Conflict(refusal!);
        }
        if (next == from)
        {
            // Idempotent repeat (a double click): nothing is written, re-armed or published.
            return BotCommandResult.Success(ToBot());
        }
        state.State.Status = next.Value;
        state.State.UpdatedAt = time.GetUtcNow();
        if (command == BotCommand.Start)
        {
            // A fresh start forgets the failures and halts that stopped the bot.
            state.State.ErrorCount = 0;
            state.State.ConsecutiveErrors = 0;
            state.State.DrawdownTripped = false;
            state.State.EquityPeak = null;
            state.State.HaltReason = null;
            state.State.HaltSession = null;
            state.State.KillSwitchActive = (await GrainFactory.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key).GetKillSwitchAsync()).Active;
        }
        await WriteStateAsync();
        if (next == BotStatus.Running)
        {
            var keepTrading = options.Value.KeepTradingPeriod;
            await this.RegisterOrUpdateReminder(KeepTradingReminder, keepTrading, keepTrading);
            ArmTimer();
        }
        else
        {
            DisarmTimer();
            await UnregisterKeepTradingAsync();
        }
        BotGrainLog.StatusChanged(logger, BotId, from, next.Value);
        await PublishStatusAsync(null);
        return BotCommandResult.Success(ToBot());
    }

    private async Task FailAsync(string error)
    {
        var from = state.State.Status;
        state.State.Status = BotStatus.Error;
        state.State.UpdatedAt = time.GetUtcNow();
        await WriteStateAsync();
        DisarmTimer();
        await UnregisterKeepTradingAsync();
        BotGrainLog.StatusChanged(logger, BotId, from, BotStatus.Error);
        var reason = $"{BotTradingRules.MaxConsecutiveErrors} consecutive cycles failed; last error: {error}";
        var alert = new Alert
        {
            Id = LedgerIds.AlertId(BotId, "bot_error", state.State.UpdatedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            BotId = BotId,
            Severity = AlertSeverity.Critical,
            Code = "bot_error",
            Message = $"Bot '{state.State.Config!.Name}' stopped trading: {reason}",
            CreatedAt = state.State.UpdatedAt,
        };
        await ledger.RecordAlertAsync(alert, CancellationToken.None);
        await TradingEvents.AlertAsync(this.GetStreamProvider(StreamNames.Provider), alert);
        await PublishStatusAsync(reason);
    }

    private async Task RaiseHaltAlertAsync(string halt)
    {
        var now = time.GetUtcNow();
        var occasion = state.State.HaltSession?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            ?? now.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var alert = new Alert
        {
            Id = LedgerIds.AlertId(BotId, halt, occasion),
            BotId = BotId,
            Severity = AlertSeverity.Warning,
            Code = halt,
            Message = halt == BotTradingRules.DrawdownHalt
                ? $"Bot '{state.State.Config!.Name}' hit its drawdown limit: no new positions until it is restarted."
                : $"Bot '{state.State.Config!.Name}' hit its daily loss limit: no new positions until the next session.",
            CreatedAt = now,
        };
        BotGrainLog.Halted(logger, BotId, halt);
        await ledger.RecordAlertAsync(alert, CancellationToken.None);
        var streams = this.GetStreamProvider(StreamNames.Provider);
        await TradingEvents.AlertAsync(streams, alert);
        await PublishStatusAsync(halt);
    }

    private Task PublishStatusAsync(string? reason) =>
        TradingEvents.BotStatusAsync(this.GetStreamProvider(StreamNames.Provider), new BotStatusChanged
        {
            Id = BotId,
            Status = state.State.Status,
            IsActive = BotLifecycle.IsActive(state.State.Status),
            Reason = reason,
        });

    /// <summary>The position grains of every symbol the bot may hold (see <see cref="BotDeletion.PositionSymbols"/>).</summary>
    private async Task<IReadOnlyDictionary<string, IPositionGrain>> PositionGrainsAsync()
    {
        var ledgerPositions = await ledger.GetPositionsByBotAsync(BotId, CancellationToken.None);
        return BotDeletion.PositionSymbols(state.State.Config!, ledgerPositions)
            .ToDictionary(s => s, s => GrainFactory.GetGrain<IPositionGrain>(PositionKeys.For(BotId, s)), StringComparer.Ordinal);
    }

    /// <summary>The symbols the position grains (not the ledger's read model, which may lag) hold open, in ordinal order.</summary>
    private static async Task<IReadOnlyList<string>> OpenSymbolsAsync(IReadOnlyDictionary<string, IPositionGrain> positions)
    {
        var books = await Task.WhenAll(positions.Select(async p => (Symbol: p.Key, Book: await p.Value.GetBookAsync())));
        return books.Where(b => b.Book.Open is not null).Select(b => b.Symbol).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Sells each open position as a manual close would, stopping at the first that does not fill; returns that refusal.</summary>
    private async Task<string?> FlattenAsync(IReadOnlyDictionary<string, IPositionGrain> positions, IReadOnlyList<string> open)
    {
        var now = time.GetUtcNow();
        foreach (var symbol in open)
        {
            string reason;
            try
            {
                var result = await positions[symbol].CloseAsync(new CloseCommand
                {
                    ClientOrderId = ClientOrderIds.Derive(BotId, symbol, now, OrderSide.Sell),
                    Reason = ExitReason.Manual,
                });
                if (BotDeletion.LeftFlat(result.Outcome))
                {
                    continue;
                }
                reason = result.Message ?? result.Outcome.ToString();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A broker that throws leaves the pair as it was (its intent is replayed by the next command): refuse, delete nothing.
                BotGrainLog.FlattenThrew(logger, ex, BotId, symbol);
                reason = ex.Message;
            }
            BotGrainLog.FlattenFailed(logger, BotId, symbol, reason);
            return BotDeletion.FlattenRefusal(BotId, symbol, reason);
        }
        return null;
    }

    private void ArmTimer()
    {
        DisarmTimer();
        SubscribeToBars(subscribe: true);
        var period = TimeSpan.FromSeconds(Math.Max(1, state.State.Config!.TradingFrequency));
        _timer = this.RegisterGrainTimer(static (grain, _) => grain.OnTimerAsync(), this,
            new GrainTimerCreationOptions { DueTime = period, Period = period, Interleave = false, KeepAlive = true });
    }

    private Task OnTimerAsync()
    {
        // Symbol grains forget subscribers when they deactivate: renewing each tick bounds the gap to one period.
        SubscribeToBars(subscribe: true);
        // The timer is the fallback: while bar notices drive cycles it stays out of their way (running here would
        // make the next bar's notice look too early and delay that bar's order by a whole period).
        var overdue = TimeSpan.FromSeconds(state.State.Config!.TradingFrequency) + feed.BarPeriod;
        return time.GetUtcNow() - _lastCycleAt >= overdue ? RunCycleAsync() : Task.CompletedTask;
    }

    private void SubscribeToBars(bool subscribe)
    {
        if (state.State.Config is not { } config)
        {
            return;
        }
        foreach (var symbol in config.Symbols)
        {
            var grain = GrainFactory.GetGrain<ISymbolGrain>(symbol);
            _ = subscribe ? grain.SubscribeBarsAsync(BotId) : grain.UnsubscribeBarsAsync(BotId);
        }
    }

    private void DisarmTimer()
    {
        if (_timer is not null)
        {
            SubscribeToBars(subscribe: false);
        }
        _timer?.Dispose();
        _timer = null;
    }

    private async Task UnregisterKeepTradingAsync()
    {
        if (await this.GetReminder(KeepTradingReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task WriteStateAsync()
    {
        await state.WriteStateAsync();
        _lastStateWrite = time.GetUtcNow();
    }

    private Bot ToBot()
    {
        var s = state.State;
        return Bot.From(BotId, s.Config!, s.Status, s.CreatedAt, s.UpdatedAt, s.LastRunAt, BotLifecycle.IsActive(s.Status), s.ErrorCount) with
        {
            HaltReason = s.Status == BotStatus.Running ? s.HaltReason : null,
        };
    }
}
