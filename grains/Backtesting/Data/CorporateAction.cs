namespace OrleansTrading.Grains.Backtesting.Data;

/// <summary>
/// A split and/or cash dividend whose ex-date is <see cref="ExDate"/> (bars dated before it are adjusted).
/// <see cref="SplitRatio"/> is new shares per old (2 for a 2-for-1 split); <see cref="Symbol"/> null = every symbol.
/// </summary>
public sealed record CorporateAction(DateOnly ExDate, string? Symbol, double SplitRatio, double CashDividend);
