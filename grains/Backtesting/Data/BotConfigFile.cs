using System.Text.Json;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Json;
using OrleansTrading.Grains.Bots.Validation;

namespace OrleansTrading.Grains.Backtesting.Data;

/// <summary>
/// Reads a bot configuration file: exactly the JSON body of <c>POST /api/bots</c>, through the same converter and
/// validator, so a bad file gets the same field errors the API would answer with.
/// </summary>
public static class BotConfigFile
{
    public static BotConfig Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new BacktestInputException($"Config file not found: {path}");
        }
        BotFormData? form;
        try
        {
            form = JsonSerializer.Deserialize<BotFormData>(File.ReadAllBytes(path), TradingJson.Options);
        }
        catch (JsonException e)
        {
            throw new BacktestInputException(e.Path is { Length: > 1 } where
                ? $"{name}: malformed JSON near {where} ({e.Message})"
                : $"{name}: malformed JSON ({e.Message})");
        }
        if (form is null)
        {
            throw new BacktestInputException($"{name}: expected a JSON object (the body of POST /api/bots).");
        }
        var config = BotFormConverter.TryConvert(form, out var errors);
        if (config is null)
        {
            var lines = errors.OrderBy(e => e.Key, StringComparer.Ordinal).SelectMany(e => e.Value.Select(message => $"  {e.Key}: {message}"));
            throw new BacktestInputException($"{name}: invalid bot configuration\n{string.Join('\n', lines)}");
        }
        return config;
    }
}
