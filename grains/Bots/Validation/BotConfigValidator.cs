using System.Text.RegularExpressions;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.Bots.Validation;

/// <summary>
/// The business rules for a complete bot configuration. Pure: the API runs it before calling a grain and the
/// grain runs it again, so no path can store an invalid bot.
/// </summary>
public static partial class BotConfigValidator
{
    public const int MaxNameLength = 100;
    public const int MaxSymbols = 100;
    public const int MinTradingFrequencySeconds = 1;
    public const int MaxTradingFrequencySeconds = 86_400;

    /// <summary>Equity tickers (AAPL, BRK.B) and slash pairs (BTC/USD), upper case.</summary>
    [GeneratedRegex("^[A-Z][A-Z0-9]{0,9}([./-][A-Z0-9]{1,10})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TickerPattern();

    public static bool IsValidTicker(string ticker) => TickerPattern().IsMatch(ticker);

    /// <summary>Field errors of <paramref name="config"/>; empty when it is valid.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(BotConfig config)
    {
        var errors = new ValidationErrors();
        Validate(config, errors);
        return errors.ToDictionary();
    }

    internal static void Validate(BotConfig config, ValidationErrors errors)
    {
        ValidateName(config.Name, errors);
        if (config.Capital <= 0)
        {
            errors.Add("capital", "capital must be greater than 0.");
        }
        if (config.TradingFrequency is < MinTradingFrequencySeconds or > MaxTradingFrequencySeconds)
        {
            errors.Add("trading_frequency", $"trading_frequency must be from {MinTradingFrequencySeconds} to {MaxTradingFrequencySeconds} seconds.");
        }
        ValidateSymbols(config.Symbols, errors);
        ValidateWindow(config, errors);
        ValidateIndicators(config.Indicators, errors);
        ValidateRisk(config.RiskManagement, errors);
    }

    private static void ValidateName(string name, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "name must not be empty.");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add("name", $"name must be at most {MaxNameLength} characters.");
        }
    }

    private static void ValidateSymbols(IReadOnlyList<string> symbols, ValidationErrors errors)
    {
        if (symbols.Count == 0)
        {
            errors.Add("symbols", "symbols must list at least one ticker.");
            return;
        }
        if (symbols.Count > MaxSymbols)
        {
            errors.Add("symbols", $"symbols must list at most {MaxSymbols} tickers.");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < symbols.Count; i++)
        {
            var ticker = symbols[i];
            if (ticker.Length == 0)
            {
                errors.Add($"symbols[{i}]", "A ticker must not be empty.");
            }
            else if (!IsValidTicker(ticker))
            {
                errors.Add($"symbols[{i}]", $"'{ticker}' is not a valid ticker (letters and digits, e.g. AAPL, BRK.B, BTC/USD).");
            }
            else if (!seen.Add(ticker))
            {
                errors.Add($"symbols[{i}]", $"'{ticker}' is listed more than once.");
            }
        }
    }

    private static void ValidateWindow(BotConfig config, ValidationErrors errors)
    {
        var inRange = true;
        inRange &= CheckRange("start_hour", config.StartHour, 0, 23, errors);
        inRange &= CheckRange("start_minute", config.StartMinute, 0, 59, errors);
        inRange &= CheckRange("end_hour", config.EndHour, 0, 23, errors);
        inRange &= CheckRange("end_minute", config.EndMinute, 0, 59, errors);
        if (inRange && config.EndHour * 60 + config.EndMinute <= config.StartHour * 60 + config.StartMinute)
        {
            errors.Add("end_hour", "The trading window must end after it starts (end_hour:end_minute > start_hour:start_minute).");
        }
    }

    private static bool CheckRange(string field, int value, int min, int max, ValidationErrors errors)
    {
        if (value >= min && value <= max)
        {
            return true;
        }
        errors.Add(field, $"{field} must be from {min} to {max}.");
        return false;
    }

    private static void ValidateIndicators(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> indicators, ValidationErrors errors)
    {
        foreach (var (name, parameters) in indicators)
        {
            var definition = IndicatorCatalog.Find(name);
            if (definition is null)
            {
                errors.Add($"indicators.{name}", $"Unknown indicator '{name}'. Supported: {string.Join(", ", IndicatorCatalog.Names)}.");
                continue;
            }
            foreach (var (field, message) in IndicatorParameterRules.Check(definition, parameters))
            {
                errors.Add($"indicators.{name}.{field}", message);
            }
        }
    }

    private static void ValidateRisk(RiskManagement risk, ValidationErrors errors)
    {
        CheckPercentage("stop_loss", risk.StopLoss, errors);
        CheckPercentage("take_profit", risk.TakeProfit, errors);
        CheckPercentage("max_position_size", risk.MaxPositionSize, errors);
        CheckPercentage("max_daily_loss", risk.MaxDailyLoss, errors);
        if (risk.MaxSymbolNotional is <= 0)
        {
            errors.Add("risk_management.max_symbol_notional", "max_symbol_notional is an amount of money and must be greater than 0.");
        }
        if (risk.MaxGrossExposure is { } gross)
        {
            CheckPercentage("max_gross_exposure", gross, errors);
        }
        if (risk.MaxDrawdown is { } drawdown)
        {
            CheckPercentage("max_drawdown", drawdown, errors);
        }
        if (risk.MaxConcurrentPositions is < 1)
        {
            errors.Add("risk_management.max_concurrent_positions", "max_concurrent_positions must be at least 1.");
        }
    }

    private static void CheckPercentage(string field, decimal value, ValidationErrors errors)
    {
        if (value is <= 0 or > 100)
        {
            errors.Add($"risk_management.{field}", $"{field} is a percentage and must be greater than 0 and at most 100.");
        }
    }
}
