using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

/// <summary>Checks an incremental state against its batch definition, bar by bar, to the bit.</summary>
internal static class StreamingAssert
{
    /// <param name="expected">Per bar, the batch outputs in the state's <see cref="IndicatorState.OutputNames"/> order (null = not ready).</param>
    public static void MatchesBatch(IndicatorState state, IReadOnlyList<Bar> bars, Func<int, double?[]> expected)
    {
        for (var i = 0; i < bars.Count; i++)
        {
            state.Add(bars[i]);
            var batch = expected(i);
            Assert.Equal(state.OutputNames.Count, batch.Length);
            for (var o = 0; o < batch.Length; o++)
            {
                var streamed = state.GetOutput(o);
                if (batch[o] is { } value)
                {
                    // Bitwise equality: the incremental form must perform the definition's arithmetic exactly.
                    Assert.True(BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(streamed),
                        $"{state.OutputNames[o]} at bar {i}: batch {value:R}, streaming {streamed:R}");
                }
                else
                {
                    Assert.True(double.IsNaN(streamed), $"{state.OutputNames[o]} at bar {i}: expected not ready, got {streamed:R}");
                }
            }
            Assert.Equal(batch.All(v => v.HasValue), state.IsReady);
        }
    }
}
