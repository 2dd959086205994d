namespace OrleansTrading.UnitTests.Indicators;

/// <summary>Compares a result column with expected values (null = not ready) within a tolerance.</summary>
internal static class SeriesAssert
{
    /// <param name="tolerance">Absolute; e.g. half a unit of the last published decimal for a rounded reference table.</param>
    public static void Close(IReadOnlyList<double?> expected, IEnumerable<double?> actual, double tolerance)
    {
        var values = actual.ToArray();
        Assert.Equal(expected.Count, values.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i] is { } value)
            {
                Assert.True(values[i] is { } got && Math.Abs(got - value) <= tolerance,
                    $"index {i}: expected {value:R} ± {tolerance}, got {values[i]?.ToString("R") ?? "null"}");
            }
            else
            {
                Assert.True(values[i] is null, $"index {i}: expected null, got {values[i]:R}");
            }
        }
    }
}
