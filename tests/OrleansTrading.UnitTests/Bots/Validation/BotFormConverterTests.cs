using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansTrading.Grains.Bots.Validation;
using OrleansTrading.TestSupport.Bots;

namespace OrleansTrading.UnitTests.Bots.Validation;

public sealed class BotFormConverterTests
{
    private static (OrleansTrading.GrainInterfaces.Bots.BotConfig? Config, IReadOnlyDictionary<string, string[]> Errors) Convert(JsonObject json)
    {
        var form = json.Deserialize<BotFormData>()!;
        var config = BotFormConverter.TryConvert(form, out var errors);
        return (config, errors);
    }

    private static IReadOnlyDictionary<string, string[]> ErrorsOf(Action<JsonObject> change)
    {
        var (config, errors) = Convert(BotForms.With(change));
        Assert.Null(config);
        return errors;
    }

    [Fact]
    public void A_complete_valid_form_converts_field_for_field()
    {
        var (config, errors) = Convert(BotForms.Valid());

        Assert.Empty(errors);
        Assert.NotNull(config);
        Assert.Equal("Momentum bot", config.Name);
        Assert.Equal(25000m, config.Capital);
        Assert.Equal(60, config.TradingFrequency);
        Assert.Equal(["AAPL", "MSFT"], config.Symbols);
        Assert.Equal((9, 30, 16, 0), (config.StartHour, config.StartMinute, config.EndHour, config.EndMinute));
        Assert.Equal(7, config.Indicators.Count);
        Assert.Equal(14, config.Indicators["RSI"]["period"]);
        Assert.Equal(2, config.Indicators["Bollinger Bands"]["stdDev"]);
        Assert.Empty(config.Indicators["OBV"]);
        Assert.Equal(2.5m, config.RiskManagement.StopLoss);
        Assert.Equal(4, config.RiskManagement.MaxConcurrentPositions);
    }

    [Fact]
    public void Name_is_trimmed_and_tickers_upper_cased()
    {
        var (config, _) = Convert(BotForms.With(f =>
        {
            f["name"] = "  Padded  ";
            f["symbols"] = new JsonArray(" aapl", "brk.b", "btc/usd");
        }));

        Assert.Equal("Padded", config!.Name);
        Assert.Equal(["AAPL", "BRK.B", "BTC/USD"], config.Symbols);
    }

    [Fact]
    public void Max_concurrent_positions_is_optional()
    {
        var (config, errors) = Convert(BotForms.With(f => f["risk_management"]!.AsObject().Remove("max_concurrent_positions")));

        Assert.Empty(errors);
        Assert.Null(config!.RiskManagement.MaxConcurrentPositions);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("capital")]
    [InlineData("trading_frequency")]
    [InlineData("symbols")]
    [InlineData("start_hour")]
    [InlineData("start_minute")]
    [InlineData("end_hour")]
    [InlineData("end_minute")]
    [InlineData("indicators")]
    [InlineData("risk_management")]
    public void A_missing_field_is_reported_by_name(string field)
    {
        var errors = ErrorsOf(f => f.Remove(field));

        Assert.Equal([field], errors.Keys);
        Assert.Contains("required", errors[field][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stop_loss")]
    [InlineData("take_profit")]
    [InlineData("max_position_size")]
    [InlineData("max_daily_loss")]
    public void A_missing_risk_field_is_reported_by_path(string field)
    {
        var errors = ErrorsOf(f => f["risk_management"]!.AsObject().Remove(field));

        Assert.Equal([$"risk_management.{field}"], errors.Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_name_is_rejected(string name) => Assert.Contains("name", ErrorsOf(f => f["name"] = name).Keys);

    [Fact]
    public void Name_over_100_characters_is_rejected()
    {
        Assert.Contains("name", ErrorsOf(f => f["name"] = new string('x', 101)).Keys);
        Assert.Empty(Convert(BotForms.With(f => f["name"] = new string('x', 100))).Errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Capital_must_be_positive(double capital) => Assert.Equal(["capital"], ErrorsOf(f => f["capital"] = capital).Keys);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(86400, true)]
    [InlineData(86401, false)]
    public void Trading_frequency_is_1_to_86400_seconds(int seconds, bool valid)
    {
        var errors = Convert(BotForms.With(f => f["trading_frequency"] = seconds)).Errors;
        Assert.Equal(valid, !errors.ContainsKey("trading_frequency"));
    }

    [Fact]
    public void No_symbols_is_rejected() => Assert.Equal(["symbols"], ErrorsOf(f => f["symbols"] = new JsonArray()).Keys);

    [Fact]
    public void Bad_and_duplicate_tickers_are_reported_at_their_index()
    {
        var errors = ErrorsOf(f => f["symbols"] = new JsonArray("AAPL", "aapl", "$BAD", "", "TOOLONGTICKER1"));

        Assert.Equal(["symbols[1]", "symbols[2]", "symbols[3]", "symbols[4]"], errors.Keys.Order());
        Assert.Contains("more than once", errors["symbols[1]"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start_hour", 24)]
    [InlineData("start_hour", -1)]
    [InlineData("end_hour", 24)]
    [InlineData("start_minute", 60)]
    [InlineData("end_minute", -1)]
    public void Hours_and_minutes_out_of_range_are_rejected(string field, int value) =>
        Assert.Equal([field], ErrorsOf(f => f[field] = value).Keys);

    [Theory]
    [InlineData(9, 30, 9, 30)]
    [InlineData(16, 0, 9, 30)]
    [InlineData(9, 30, 9, 29)]
    public void Window_must_end_after_it_starts(int startHour, int startMinute, int endHour, int endMinute)
    {
        var errors = ErrorsOf(f =>
        {
            f["start_hour"] = startHour;
            f["start_minute"] = startMinute;
            f["end_hour"] = endHour;
            f["end_minute"] = endMinute;
        });

        Assert.Equal(["end_hour"], errors.Keys);
    }

    [Theory]
    [InlineData("rsi")]
    [InlineData("Bollinger")]
    [InlineData("Ichimoku")]
    public void Unknown_indicator_names_are_rejected(string name)
    {
        var errors = ErrorsOf(f => f["indicators"]!.AsObject()[name] = new JsonObject());

        Assert.Equal([$"indicators.{name}"], errors.Keys);
        Assert.Contains("Bollinger Bands", errors[$"indicators.{name}"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RSI", "period", 1)]
    [InlineData("RSI", "period", 14.5)]
    [InlineData("RSI", "period", 1001)]
    [InlineData("RSI", "oversold", -1)]
    [InlineData("RSI", "overbought", 101)]
    [InlineData("MACD", "fast", 0)]
    [InlineData("MACD", "signal", 0)]
    [InlineData("SMA", "period", 0)]
    [InlineData("EMA", "period", -5)]
    [InlineData("Bollinger Bands", "period", 1)]
    [InlineData("Bollinger Bands", "stdDev", 0)]
    [InlineData("Bollinger Bands", "stdDev", 10.5)]
    [InlineData("Stochastic", "kPeriod", 0)]
    [InlineData("Stochastic", "dPeriod", 0)]
    [InlineData("Stochastic", "smooth", 0)]
    public void Out_of_range_indicator_parameters_are_rejected(string indicator, string parameter, double value)
    {
        var errors = ErrorsOf(f => f["indicators"]![indicator]![parameter] = value);

        Assert.Equal([$"indicators.{indicator}.{parameter}"], errors.Keys);
    }

    [Fact]
    public void Unknown_indicator_parameters_are_rejected()
    {
        var errors = ErrorsOf(f => f["indicators"]!["OBV"]!["period"] = 3);

        Assert.Equal(["indicators.OBV.period"], errors.Keys);
    }

    [Fact]
    public void Non_numeric_indicator_parameters_are_rejected_by_path()
    {
        var errors = ErrorsOf(f => f["indicators"]!["RSI"]!["period"] = "14");

        Assert.Equal(["indicators.RSI.period"], errors.Keys);
    }

    [Fact]
    public void Macd_fast_must_be_below_slow()
    {
        var errors = ErrorsOf(f =>
        {
            f["indicators"]!["MACD"]!["fast"] = 26;
            f["indicators"]!["MACD"]!["slow"] = 12;
        });

        Assert.Equal(["indicators.MACD.fast"], errors.Keys);
    }

    [Fact]
    public void Oversold_must_be_below_overbought_including_defaults()
    {
        // overbought omitted: the default 80 applies, and 85 is not below it.
        var errors = ErrorsOf(f => f["indicators"]!["Stochastic"] = new JsonObject { ["oversold"] = 85 });

        Assert.Equal(["indicators.Stochastic.oversold"], errors.Keys);
    }

    [Theory]
    [InlineData("stop_loss", 0)]
    [InlineData("take_profit", 100.01)]
    [InlineData("max_position_size", -3)]
    [InlineData("max_daily_loss", 0)]
    public void Risk_percentages_must_be_in_0_to_100(string field, double value) =>
        Assert.Equal([$"risk_management.{field}"], ErrorsOf(f => f["risk_management"]![field] = value).Keys);

    [Fact]
    public void A_risk_percentage_of_exactly_100_is_allowed() =>
        Assert.Empty(Convert(BotForms.With(f => f["risk_management"]!["max_position_size"] = 100)).Errors);

    [Fact]
    public void Max_concurrent_positions_below_one_is_rejected() =>
        Assert.Equal(["risk_management.max_concurrent_positions"], ErrorsOf(f => f["risk_management"]!["max_concurrent_positions"] = 0).Keys);

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var errors = ErrorsOf(f =>
        {
            f["name"] = "";
            f["capital"] = 0;
            f["symbols"] = new JsonArray();
            f["risk_management"]!["stop_loss"] = 0;
        });

        Assert.Equal(["capital", "name", "risk_management.stop_loss", "symbols"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("majority", OrleansTrading.GrainInterfaces.Bots.SignalRule.Majority)]
    [InlineData("all", OrleansTrading.GrainInterfaces.Bots.SignalRule.All)]
    [InlineData("any", OrleansTrading.GrainInterfaces.Bots.SignalRule.Any)]
    public void Signal_rule_is_optional_and_named(string text, OrleansTrading.GrainInterfaces.Bots.SignalRule rule)
    {
        Assert.Null(Convert(BotForms.Valid()).Config!.SignalRule);
        Assert.Equal(rule, Convert(BotForms.With(f => f["signal_rule"] = text)).Config!.SignalRule);
    }

    [Fact]
    public void An_unknown_signal_rule_is_rejected() =>
        Assert.Equal(["signal_rule"], ErrorsOf(f => f["signal_rule"] = "unanimous").Keys);

    [Fact]
    public void Optional_risk_caps_are_carried_and_checked()
    {
        var (config, _) = Convert(BotForms.With(f =>
        {
            f["risk_management"]!["max_symbol_notional"] = 5000;
            f["risk_management"]!["max_gross_exposure"] = 80;
            f["risk_management"]!["max_drawdown"] = 15;
        }));
        Assert.Equal((5000m, 80m, 15m), (config!.RiskManagement.MaxSymbolNotional, config.RiskManagement.MaxGrossExposure, config.RiskManagement.MaxDrawdown));

        var errors = ErrorsOf(f =>
        {
            f["risk_management"]!["max_symbol_notional"] = 0;
            f["risk_management"]!["max_gross_exposure"] = 150;
            f["risk_management"]!["max_drawdown"] = -1;
        });
        Assert.Equal(["risk_management.max_drawdown", "risk_management.max_gross_exposure", "risk_management.max_symbol_notional"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
