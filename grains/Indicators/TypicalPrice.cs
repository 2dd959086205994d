namespace OrleansTrading.Grains.Indicators;

/// <summary>The typical price <c>(high + low + close) / 3</c> that VWAP, CCI and MFI are built on.</summary>
public static class TypicalPrice
{
    public static double Of(in Bar bar) => (bar.High + bar.Low + bar.Close) / 3;
}
