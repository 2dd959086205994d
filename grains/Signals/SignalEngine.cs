using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.Signals;

/// <summary>
/// A bot's configured indicators and signal rule, advanced one bar at a time — the same object in live bots and
/// backtests. <see cref="Update"/> is allocation-free; <see cref="Decide"/> builds the snapshot and is only called
/// when a decision is acted on. No signal until every configured indicator is ready.
/// </summary>
public sealed class SignalEngine
{
    private readonly Entry[] _entries;

    // The per-bar path walks these two parallel arrays: one load per indicator instead of one per entry and field.
    private readonly IndicatorState[] _states;
    private readonly IndicatorVoteRule[] _rules;
    private double _lastClose = double.NaN;

    public SignalEngine(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> indicators, SignalRule rule = SignalRule.Majority)
    {
        Rule = rule;
        _entries = indicators
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i =>
            {
                var definition = IndicatorCatalog.Find(i.Key) ?? throw new ArgumentException($"Unknown indicator '{i.Key}'.", nameof(indicators));
                var state = definition.CreateState(i.Value);
                var settings = new IndicatorSettings(definition, i.Value);
                KeyValuePair<string, double>[] shown = SnapshotKeys.Settings
                    .Where(name => definition.FindParameter(name) is not null)
                    .Select(name => KeyValuePair.Create(name, settings.Number(name)))
                    .ToArray();
                return new Entry(i.Key, state, IndicatorVoteRule.For(i.Key, i.Value, state.OutputNames), new double[state.OutputNames.Count], shown);
            })
            .ToArray();
        _states = _entries.Select(e => e.State).ToArray();
        _rules = _entries.Select(e => e.Rule).ToArray();
    }

    public SignalRule Rule { get; }

    /// <summary>Bars needed before the first signal (the slowest indicator's warm-up).</summary>
    public int WarmupPeriod => _entries.Length == 0 ? 0 : _entries.Max(e => e.State.WarmupPeriod);

    public bool IsReady
    {
        get
        {
            foreach (var entry in _entries)
            {
                if (!entry.State.IsReady)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Feeds the bar to every indicator and returns the combined direction (Hold while warming up).</summary>
    public SignalDirection Update(in Bar bar)
    {
        var close = bar.Close;
        _lastClose = close;
        var states = _states;
        var rules = _rules;
        var ready = states.Length > 0;
        var filtersPass = true;
        int buys = 0, sells = 0, holds = 0;
        // One pass: feed, then vote straight away (a state that is still warming up reads NaN and votes Hold; the
        // result is discarded below), so each state is touched once per bar.
        for (var i = 0; i < states.Length; i++)
        {
            var state = states[i];
            state.Add(bar);
            // Asked every bar: a VWAP is not ready again after a session that opens on a zero-volume bar.
            ready &= state.IsReady;
            var rule = rules[i];
            if (rule.IsFilter)
            {
                filtersPass &= rule.Passes(state);
                continue;
            }
            switch (rule.Vote(state, close))
            {
                case SignalDirection.Buy: buys++; break;
                case SignalDirection.Sell: sells++; break;
                default: holds++; break;
            }
        }
        return ready ? SignalCombiner.Combine(buys, sells, holds, filtersPass, Rule) : SignalDirection.Hold;
    }

    /// <summary>The full decision for the last bar, with every indicator's values and vote (the trade's snapshot).</summary>
    public SignalDecision Decide()
    {
        var votes = new List<IndicatorVote>(_entries.Length);
        foreach (var entry in _entries)
        {
            var outputs = entry.Read();
            var values = new Dictionary<string, double>(outputs.Length, StringComparer.Ordinal);
            for (var o = 0; o < outputs.Length; o++)
            {
                values[entry.State.OutputNames[o]] = outputs[o];
            }
            votes.Add(entry.Rule.IsFilter
                ? new IndicatorVote(entry.Name, SignalDirection.Hold, values, IsFilter: true, Passed: entry.Rule.Passes(outputs), Settings: entry.Settings)
                : new IndicatorVote(entry.Name, entry.Rule.Vote(outputs, _lastClose), values, Settings: entry.Settings));
        }
        var direction = IsReady && _entries.Length > 0 ? SignalCombiner.Combine(votes, Rule) : SignalDirection.Hold;
        return new SignalDecision(direction, Rule, _lastClose, votes);
    }

    public void Reset()
    {
        foreach (var entry in _entries)
        {
            entry.State.Reset();
        }
        _lastClose = double.NaN;
    }

    private sealed record Entry(string Name, IndicatorState State, IndicatorVoteRule Rule, double[] Outputs, KeyValuePair<string, double>[] Settings)
    {
        public ReadOnlySpan<double> Read()
        {
            for (var o = 0; o < Outputs.Length; o++)
            {
                Outputs[o] = State.GetOutput(o);
            }
            return Outputs;
        }
    }
}
