using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Benchmarks;

/// <summary>
/// Per indicator (catalog defaults): the incremental update cost (ns and bytes per <c>Add</c>, over 1,000,000 bars)
/// and the batch function over the same bars.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class IndicatorBenchmarks
{
    private Bar[] _bars = [];
    private IndicatorState _state = null!;

    [ParamsSource(nameof(Indicators))]
    public string Indicator { get; set; } = "";

    public static IEnumerable<string> Indicators => IndicatorCatalog.Names;

    [GlobalSetup]
    public void Setup()
    {
        _bars = BenchmarkBars.Million;
        _state = IndicatorCatalog.Find(Indicator)!.CreateState(new Dictionary<string, double>());
    }

    /// <summary>Reported per update: the mean is divided by the bar count.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkBars.Count)]
    public double Incremental()
    {
        _state.Reset();
        var bars = _bars;
        for (var i = 0; i < bars.Length; i++)
        {
            _state.Add(bars[i]);
        }
        return _state.GetOutput(0);
    }

    /// <summary>The batch definition over all bars (one call).</summary>
    [Benchmark]
    public int Batch() => BatchFunctions.Run(Indicator, _bars);
}
