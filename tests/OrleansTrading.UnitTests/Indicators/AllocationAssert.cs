using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

/// <summary>Checks that an incremental state allocates nothing per bar once warm.</summary>
internal static class AllocationAssert
{
    /// <summary>
    /// Feeds <paramref name="warmup"/> bars, then measures the managed bytes the next 10,000 Adds allocate, in three rounds
    /// (the same bars fed again each round): a per-bar allocation shows in every round, while a one-off of the
    /// runtime itself (tiered JIT, on-stack replacement) lands in one round at most, so the least round must be zero.
    /// </summary>
    public static void AddAllocatesNothing(IndicatorState state, IReadOnlyList<Bar> bars, int warmup = 1_000)
    {
        const int Measured = 10_000;
        Assert.True(bars.Count >= warmup + Measured, "not enough bars");
        for (var i = 0; i < warmup; i++)
        {
            state.Add(bars[i]);
        }
        Assert.True(state.IsReady, "the state should be warm before measuring");

        var least = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = warmup; i < warmup + Measured; i++)
            {
                state.Add(bars[i]);
            }
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }
}
