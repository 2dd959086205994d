using System.Globalization;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>
/// One dimension of the grid: a bot config field and the values to try. Paths are <c>Indicator.parameter</c>
/// (<c>RSI.period</c>, <c>Bollinger Bands.stdDev</c>; the indicator must be configured) or
/// <c>risk_management.field</c> (<c>stop_loss</c>, <c>take_profit</c>, <c>max_position_size</c>,
/// <c>max_daily_loss</c>, <c>max_gross_exposure</c>, <c>max_drawdown</c>, <c>max_symbol_notional</c>).
/// </summary>
public sealed record ParameterAxis(string Path, IReadOnlyList<decimal> Values)
{
    private const string RiskPrefix = "risk_management.";

    private static readonly string[] RiskFields =
        ["stop_loss", "take_profit", "max_position_size", "max_daily_loss", "max_gross_exposure", "max_drawdown", "max_symbol_notional"];

    /// <summary>Parses <c>path=v1,v2,…</c>; throws <see cref="BacktestInputException"/> naming what is wrong.</summary>
    public static ParameterAxis Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new BacktestInputException($"--grid '{text}' must be path=v1,v2,… (e.g. RSI.period=7,14,21 or risk_management.stop_loss=1,2).");
        }
        var path = text[..equals].Trim();
        var values = new List<decimal>();
        foreach (var item in text[(equals + 1)..].Split(','))
        {
            if (!decimal.TryParse(item.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new BacktestInputException($"--grid '{text}': '{item.Trim()}' is not a number.");
            }
            values.Add(value);
        }
        if (values.Distinct().Count() != values.Count)
        {
            throw new BacktestInputException($"--grid '{text}' repeats a value.");
        }
        var dot = path.LastIndexOf('.');
        if (dot <= 0 || dot == path.Length - 1)
        {
            throw new BacktestInputException($"--grid '{text}': '{path}' must be Indicator.parameter or risk_management.field.");
        }
        if (path.StartsWith(RiskPrefix, StringComparison.Ordinal))
        {
            if (!RiskFields.Contains(path[RiskPrefix.Length..], StringComparer.Ordinal))
            {
                throw new BacktestInputException($"--grid: '{path}' is not a risk field ({string.Join(", ", RiskFields)}).");
            }
        }
        else
        {
            var definition = IndicatorCatalog.Find(path[..dot])
                ?? throw new BacktestInputException($"--grid: '{path[..dot]}' is not an indicator ({string.Join(", ", IndicatorCatalog.Names)}).");
            if (!definition.Parameters.Any(p => p.Name == path[(dot + 1)..]))
            {
                throw new BacktestInputException($"--grid: {definition.Name} has no parameter '{path[(dot + 1)..]}'.");
            }
        }
        return new ParameterAxis(path, values);
    }

    /// <summary>The config with this field set to <paramref name="value"/>.</summary>
    public BotConfig Apply(BotConfig config, decimal value)
    {
        var dot = Path.LastIndexOf('.');
        var field = Path[(dot + 1)..];
        if (Path.StartsWith(RiskPrefix, StringComparison.Ordinal))
        {
            var risk = config.RiskManagement;
            return config with
            {
                RiskManagement = field switch
                {
                    "stop_loss" => risk with { StopLoss = value },
                    "take_profit" => risk with { TakeProfit = value },
                    "max_position_size" => risk with { MaxPositionSize = value },
                    "max_daily_loss" => risk with { MaxDailyLoss = value },
                    "max_gross_exposure" => risk with { MaxGrossExposure = value },
                    "max_drawdown" => risk with { MaxDrawdown = value },
                    _ => risk with { MaxSymbolNotional = value },
                },
            };
        }
        var indicator = Path[..dot];
        if (!config.Indicators.TryGetValue(indicator, out var parameters))
        {
            throw new BacktestInputException($"--grid: {indicator} is not among the config's indicators ({string.Join(", ", config.Indicators.Keys)}).");
        }
        var indicators = new Dictionary<string, IReadOnlyDictionary<string, double>>(config.Indicators, StringComparer.Ordinal)
        {
            [indicator] = new Dictionary<string, double>(parameters, StringComparer.Ordinal) { [field] = (double)value },
        };
        return config with { Indicators = indicators };
    }
}
