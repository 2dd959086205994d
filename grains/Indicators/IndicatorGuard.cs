namespace OrleansTrading.Grains.Indicators;

/// <summary>Parameter checks shared by every indicator: errors name the parameter.</summary>
public static class IndicatorGuard
{
    public static int Period(int value, string name, int minimum = 1) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}.");

    public static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive number.");
}
