using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

/// <summary>Behaviour every <see cref="IndicatorState"/> shares: Reset and allocation-free Add.</summary>
internal static class StateAssert
{
    /// <summary>After bars and a Reset, the state is not ready, every output is NaN, and it then repeats a fresh state to the bit.</summary>
    public static void ResetForgetsEveryBar(Func<IndicatorState> create, IReadOnlyList<Bar> bars)
    {
        var state = create();
        foreach (var bar in bars)
        {
            state.Add(bar);
        }
        Assert.True(state.IsReady, "the series should be long enough to make the state ready before the Reset");

        state.Reset();

        Assert.False(state.IsReady);
        for (var o = 0; o < state.OutputNames.Count; o++)
        {
            Assert.True(double.IsNaN(state.GetOutput(o)), $"{state.OutputNames[o]} after Reset: {state.GetOutput(o):R}");
        }
        var fresh = create();
        for (var i = 0; i < bars.Count; i++)
        {
            state.Add(bars[i]);
            fresh.Add(bars[i]);
            Assert.Equal(fresh.IsReady, state.IsReady);
            for (var o = 0; o < state.OutputNames.Count; o++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(fresh.GetOutput(o)), BitConverter.DoubleToInt64Bits(state.GetOutput(o)));
            }
        }
    }

    /// <summary>10,000 Adds after warm-up allocate nothing on the managed heap (see <see cref="AllocationAssert"/>).</summary>
    public static void AddDoesNotAllocate(IndicatorState state) =>
        AllocationAssert.AddAllocatesNothing(state, TestBars.Random(12_000, seed: 3), warmup: 2_000);
}
