using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

/// <summary>
/// The 42 days of Wilder's directional movement worksheet (New Concepts in Technical Trading Systems, 1978), as
/// transcribed in StreamingTALib's WildersWorksheetTests (high, low, close).
/// </summary>
internal static class WilderWorksheet
{
    private static readonly double[] Highs =
    [
        274, 273.25, 272, 270.75, 270, 270.5, 268.5, 265.5, 262.5, 263.5, 269.5, 267.25, 267.5, 269.75, 268.25, 264,
        268, 266, 274, 277.5, 277, 272, 267.75, 269.25, 266, 265, 264.75, 261, 257.5, 259, 259.75, 257.25, 250, 254.25,
        254, 253.25, 253.25, 251.75, 253, 251.5, 246.25, 244.25,
    ];

    private static readonly double[] Lows =
    [
        272, 270.25, 269.75, 268, 269, 268, 266.5, 263, 259, 260, 263, 265, 265.5, 266, 263.25, 261.5, 266.25, 264.25,
        267, 273.5, 272.5, 269.58, 264, 263, 263.5, 262, 261.5, 255.5, 253, 254, 257.5, 250, 247, 252.75, 250.5, 250.25,
        251, 250.5, 249.5, 245.25, 240, 244.25,
    ];

    private static readonly double[] Closes =
    [
        272.75, 270.75, 270, 269.25, 269.75, 270, 266.5, 263.25, 260.25, 263, 266.5, 267, 265.75, 268.5, 264.25, 264,
        266.5, 265.25, 273, 276.75, 273, 270.25, 266.75, 263, 265.5, 262.25, 262.75, 255.5, 253, 257.5, 257.5, 250,
        249.75, 253.75, 251.25, 250.5, 253, 251.5, 250, 245.75, 242.75, 243.5,
    ];

    public static Bar[] Bars { get; } = TestBars.FromHighLowClose(
        Highs.Select((h, i) => (h, Lows[i], Closes[i])).ToArray());
}
