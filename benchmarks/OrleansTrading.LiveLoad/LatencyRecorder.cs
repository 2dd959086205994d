using System.Diagnostics.Metrics;
using OrleansTrading.Grains.Observability;

namespace OrleansTrading.LiveLoad;

/// <summary>Listens to the engine's own meter: bar-close → submit latencies and cycle counts, once recording is switched on.</summary>
internal sealed class LatencyRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<double> _latencies = new(1 << 20);
    private readonly List<double> _exitLatencies = new(1 << 16);
    private readonly List<double> _noticeDelays = new(1 << 20);
    private readonly List<double> _pollDelays = new(1 << 16);
    private readonly Lock _gate = new();
    private long _cycles;
    private long _bars;
    private volatile bool _recording;

    public LatencyRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TradingMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (_recording && instrument.Name == "orleanstrading.symbol.poll_delay")
            {
                lock (_gate)
                {
                    _pollDelays.Add(value);
                }
            }
            else if (_recording && instrument.Name == "orleanstrading.bot.bar_notice_delay")
            {
                lock (_gate)
                {
                    _noticeDelays.Add(value);
                }
            }
            else if (_recording && instrument.Name == "orleanstrading.orders.bar_close_to_submit")
            {
                var exit = tags.Length > 0 && Equals(tags[0].Value, "exit");
                lock (_gate)
                {
                    (exit ? _exitLatencies : _latencies).Add(value);
                }
            }
        });
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (!_recording)
            {
                return;
            }
            if (instrument.Name == "orleanstrading.bot.cycles")
            {
                Interlocked.Add(ref _cycles, value);
            }
            else if (instrument.Name == "orleanstrading.bot.bars")
            {
                Interlocked.Add(ref _bars, value);
            }
        });
        _listener.Start();
    }

    public void Start() => _recording = true;

    public void Stop() => _recording = false;

    public long Cycles => Interlocked.Read(ref _cycles);

    public long Bars => Interlocked.Read(ref _bars);

    /// <summary>Orders a bot's cycle placed on a signal, from the close of the bar it acted on.</summary>
    public double[] SortedSignalLatencies() => Sorted(_latencies);

    /// <summary>Stop-loss and take-profit exits a position grain placed from the price stream.</summary>
    public double[] SortedExitLatencies() => Sorted(_exitLatencies);

    /// <summary>Bar close → the bar's notice reaching a bot.</summary>
    public double[] SortedNoticeDelays() => Sorted(_noticeDelays);

    /// <summary>Symbol grains' timer lateness.</summary>
    public double[] SortedPollDelays() => Sorted(_pollDelays);

    private double[] Sorted(List<double> values)
    {
        lock (_gate)
        {
            var copy = values.ToArray();
            Array.Sort(copy);
            return copy;
        }
    }

    public void Dispose() => _listener.Dispose();
}
