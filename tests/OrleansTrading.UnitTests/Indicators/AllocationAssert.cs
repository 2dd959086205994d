using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

/// <summary>Checks that an incremental state allocates nothing per bar once warm.</summary>
internal static class AllocationAssert
{
    /// <summary>Feeds <paramref name="warmup"/> bars, then measures the managed bytes the next 10,000 Adds allocate.</summary>
    public static void AddAllocatesNothing(IIndicatorState state, IReadOnlyList<Bar> bars, int warmup = 1_000)
    {
        const int Measured = 10_000;
        Assert.True(bars.Count >= warmup + Measured, "not enough bars");
        for (var i = 0; i < warmup; i++)
        {
            state.Add(bars[i]);
        }
        Assert.True(state.IsReady, "the state should be warm before measuring");

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = warmup; i < warmup + Measured; i++)
        {
            state.Add(bars[i]);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
