using System.Diagnostics.Metrics;

namespace OrleansTrading.Grains.Observability;

/// <summary>
/// The trading engine's instruments (meter <see cref="MeterName"/>), read by OpenTelemetry exporters, by
/// <c>dotnet-counters</c> and by the load benchmark. Recording is allocation-free.
/// </summary>
public sealed class TradingMetrics : IDisposable
{
    public const string MeterName = "OrleansTrading.Trading";

    private readonly Meter _meter = new(MeterName);

    public TradingMetrics()
    {
        Cycles = _meter.CreateCounter<long>("orleanstrading.bot.cycles", description: "Bot trading cycles run");
        CycleErrors = _meter.CreateCounter<long>("orleanstrading.bot.cycle_errors", description: "Bot cycles that failed");
        BarsProcessed = _meter.CreateCounter<long>("orleanstrading.bot.bars", description: "Completed bars fed to bots' indicators");
        OrdersSubmitted = _meter.CreateCounter<long>("orleanstrading.orders.submitted", description: "Orders sent to the broker");
        CycleDuration = _meter.CreateHistogram<double>("orleanstrading.bot.cycle_duration", unit: "ms", description: "Duration of one bot cycle");
        BarCloseToSubmit = _meter.CreateHistogram<double>("orleanstrading.orders.bar_close_to_submit", unit: "ms",
            description: "From the close of the bar that produced a signal to the order's submission to the broker");
        BarNoticeDelay = _meter.CreateHistogram<double>("orleanstrading.bot.bar_notice_delay", unit: "ms",
            description: "From the close of a bar to its notice reaching a subscribed bot");
        SymbolPollDelay = _meter.CreateHistogram<double>("orleanstrading.symbol.poll_delay", unit: "ms",
            description: "How late a symbol grain's bar-grid timer fires against its target instant");
    }

    public Counter<long> Cycles { get; }

    /// <summary>From a bar's close to its notice reaching a bot (the symbol grain's timer and the one-way call).</summary>
    public Histogram<double> BarNoticeDelay { get; }

    /// <summary>How late a symbol grain's bar-grid timer fires against the instant it aimed at.</summary>
    public Histogram<double> SymbolPollDelay { get; }
    public Counter<long> CycleErrors { get; }
    public Counter<long> BarsProcessed { get; }
    public Counter<long> OrdersSubmitted { get; }
    public Histogram<double> CycleDuration { get; }
    public Histogram<double> BarCloseToSubmit { get; }

    /// <summary>Records a bar-close → submit latency, tagged with the path that placed the order (<c>signal</c>, <c>exit</c>, <c>manual</c>).</summary>
    public void RecordBarCloseToSubmit(double milliseconds, string path) =>
        BarCloseToSubmit.Record(milliseconds, new KeyValuePair<string, object?>("path", path));

    public void Dispose() => _meter.Dispose();
}
