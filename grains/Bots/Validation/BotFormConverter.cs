using OrleansTrading.GrainInterfaces.Bots;
using System.Text.Json;

namespace OrleansTrading.Grains.Bots.Validation;

/// <summary>Turns a received <see cref="BotFormData"/> into a valid <see cref="BotConfig"/>, or the complete list of field errors.</summary>
public static class BotFormConverter
{
    /// <summary>
    /// Normalises (trims the name, upper-cases tickers) and validates. Returns null with every error found when
    /// anything is missing or out of range.
    /// </summary>
    public static BotConfig? TryConvert(BotFormData form, out IReadOnlyDictionary<string, string[]> errors)
    {
        var found = new ValidationErrors();
        var name = Require(form.Name, "name", found);
        var capital = Require(form.Capital, "capital", found);
        var frequency = Require(form.TradingFrequency, "trading_frequency", found);
        var symbols = ConvertSymbols(form.Symbols, found);
        var startHour = Require(form.StartHour, "start_hour", found);
        var startMinute = Require(form.StartMinute, "start_minute", found);
        var endHour = Require(form.EndHour, "end_hour", found);
        var endMinute = Require(form.EndMinute, "end_minute", found);
        var indicators = ConvertIndicators(form.Indicators, found);
        var risk = ConvertRisk(form.RiskManagement, found);
        var rule = ConvertSignalRule(form.SignalRule, found);

        if (!found.IsEmpty)
        {
            errors = found.ToDictionary();
            return null;
        }

        var config = new BotConfig
        {
            Name = name!.Trim(),
            Capital = capital!.Value,
            TradingFrequency = frequency!.Value,
            Symbols = symbols!,
            StartHour = startHour!.Value,
            StartMinute = startMinute!.Value,
            EndHour = endHour!.Value,
            EndMinute = endMinute!.Value,
            Indicators = indicators!,
            RiskManagement = risk!,
            SignalRule = rule,
        };
        BotConfigValidator.Validate(config, found);
        errors = found.ToDictionary();
        return found.IsEmpty ? config : null;
    }

    private static T? Require<T>(T? value, string field, ValidationErrors errors) where T : class
    {
        if (value is null)
        {
            errors.Add(field, $"{field} is required.");
        }
        return value;
    }

    private static T? Require<T>(T? value, string field, ValidationErrors errors) where T : struct
    {
        if (value is null)
        {
            errors.Add(field, $"{field} is required.");
        }
        return value;
    }

    private static List<string>? ConvertSymbols(IReadOnlyList<string?>? symbols, ValidationErrors errors)
    {
        if (symbols is null)
        {
            errors.Add("symbols", "symbols is required.");
            return null;
        }
        // Entries are kept (even empty ones) so error keys like symbols[3] point at the client's own index.
        var result = new List<string>(symbols.Count);
        foreach (var symbol in symbols)
        {
            result.Add(symbol?.Trim().ToUpperInvariant() ?? "");
        }
        return result;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, double>>? ConvertIndicators(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>?>? indicators, ValidationErrors errors)
    {
        if (indicators is null)
        {
            errors.Add("indicators", "indicators is required (use {} for none).");
            return null;
        }
        var result = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (name, parameters) in indicators)
        {
            var converted = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (parameter, value) in parameters ?? new Dictionary<string, JsonElement>())
            {
                if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
                {
                    converted[parameter] = number;
                }
                else
                {
                    errors.Add($"indicators.{name}.{parameter}", $"{name} {parameter} must be a number.");
                }
            }
            result[name] = converted;
        }
        return result;
    }

    private static RiskManagement? ConvertRisk(RiskManagementForm? form, ValidationErrors errors)
    {
        if (form is null)
        {
            errors.Add("risk_management", "risk_management is required.");
            return null;
        }
        var stopLoss = Require(form.StopLoss, "risk_management.stop_loss", errors);
        var takeProfit = Require(form.TakeProfit, "risk_management.take_profit", errors);
        var maxPositionSize = Require(form.MaxPositionSize, "risk_management.max_position_size", errors);
        var maxDailyLoss = Require(form.MaxDailyLoss, "risk_management.max_daily_loss", errors);
        if (stopLoss is null || takeProfit is null || maxPositionSize is null || maxDailyLoss is null)
        {
            return null;
        }
        return new RiskManagement(stopLoss.Value, takeProfit.Value, maxPositionSize.Value, maxDailyLoss.Value, form.MaxConcurrentPositions,
            form.MaxSymbolNotional, form.MaxGrossExposure, form.MaxDrawdown);
    }

    private static SignalRule? ConvertSignalRule(string? text, ValidationErrors errors)
    {
        switch (text)
        {
            case null: return null;
            case "majority": return GrainInterfaces.Bots.SignalRule.Majority;
            case "all": return GrainInterfaces.Bots.SignalRule.All;
            case "any": return GrainInterfaces.Bots.SignalRule.Any;
            default:
                errors.Add("signal_rule", "signal_rule must be 'majority', 'all' or 'any'.");
                return null;
        }
    }
}
