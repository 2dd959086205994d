namespace OrleansTrading.Grains.Indicators;

/// <summary>One accepted parameter of an indicator: its inclusive range, whether it must be whole, and its default.</summary>
public sealed record IndicatorParameterSpec(string Name, double Min, double Max, bool IsInteger, double Default, bool MinExclusive = false)
{
    public bool Accepts(double value) =>
        double.IsFinite(value)
        && (MinExclusive ? value > Min : value >= Min)
        && value <= Max
        && (!IsInteger || Math.Floor(value) == value);

    public string DescribeRange() =>
        $"{(IsInteger ? "a whole number" : "a number")} {(MinExclusive ? "greater than" : "from")} {Min}{(MinExclusive ? " and at most" : " to")} {Max}";
}
