using System.CommandLine;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Data;
using OrleansTrading.Grains.Bots.Validation;

namespace OrleansTrading.Silo.Cli;

/// <summary>The inputs <c>backtest</c> and <c>walk-forward</c> share: bot config, bar files, money, costs, fill model, output folder.</summary>
public sealed class BacktestInputOptions
{
    public Option<FileInfo> Config { get; } = new("--config") { Description = "Bot configuration: the JSON body of POST /api/bots.", Required = true };

    public Option<string[]> Data { get; } = new("--data")
    {
        Description = "SYMBOL=bars.csv (or .parquet); repeat per symbol. Every symbol of the config needs one.",
        Required = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<decimal?> Capital { get; } = new("--capital") { Description = "Starting cash and sizing capital (default: the config's capital)." };
    public Option<decimal> Commission { get; } = new("--commission") { Description = "Commission per order.", DefaultValueFactory = _ => 0m };
    public Option<decimal> CommissionPerShare { get; } = new("--commission-per-share") { Description = "Commission per share.", DefaultValueFactory = _ => 0m };
    public Option<decimal> SlippageBps { get; } = new("--slippage-bps") { Description = "Slippage in basis points on market and stop fills.", DefaultValueFactory = _ => 0m };

    public Option<string> Fill { get; } = new Option<string>("--fill")
    {
        Description = "next-open (default: the next bar's open) or close (the signal bar's close; optimistic).",
        DefaultValueFactory = _ => "next-open",
    }.AcceptOnlyFromAmong("next-open", "close");

    public Option<FileInfo?> Actions { get; } = new("--actions") { Description = "Corporate actions CSV (date,split_ratio,cash_dividend[,symbol]): bars are adjusted backwards before the run." };

    public Option<DirectoryInfo> Out { get; } = new("--out") { Description = "Folder for run directories.", DefaultValueFactory = _ => new DirectoryInfo("runs") };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Config, Data, Capital, Commission, CommissionPerShare, SlippageBps, Fill, Actions, Out })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads and validates everything; throws <see cref="BacktestInputException"/> (or the readers' format errors) naming what is wrong.</summary>
    public (BotConfig Config, SymbolBars[] Data, BacktestSettings Settings) Load(ParseResult parseResult)
    {
        var config = BotConfigFile.Read(parseResult.GetValue(Config)!.FullName);
        var files = ParseData(parseResult.GetValue(Data)!);
        var missing = config.Symbols.Where(s => !files.ContainsKey(s)).ToArray();
        if (missing.Length > 0)
        {
            throw new BacktestInputException($"No data for {string.Join(", ", missing)}: give --data SYMBOL=file for every symbol of the config ({string.Join(", ", config.Symbols)}).");
        }
        var extra = files.Keys.Where(s => !config.Symbols.Contains(s, StringComparer.Ordinal)).ToArray();
        if (extra.Length > 0)
        {
            throw new BacktestInputException($"{string.Join(", ", extra)} is not among the config's symbols ({string.Join(", ", config.Symbols)}).");
        }
        var data = files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => BarFileLoader.Load(f.Key, f.Value)).ToArray();
        if (parseResult.GetValue(Actions) is { } actions)
        {
            data = CorporateActionAdjuster.Apply(data, CorporateActionFile.Read(actions.FullName));
        }
        BacktestSettings settings;
        try
        {
            settings = new BacktestSettings
            {
                Capital = parseResult.GetValue(Capital) ?? config.Capital,
                Commission = parseResult.GetValue(Commission),
                CommissionPerShare = parseResult.GetValue(CommissionPerShare),
                SlippageBps = parseResult.GetValue(SlippageBps),
                Fill = parseResult.GetValue(Fill) == "close" ? FillModel.Close : FillModel.NextOpen,
            }.Validated();
        }
        catch (ArgumentException e)
        {
            throw new BacktestInputException(e.Message.Split(" (Parameter", 2)[0]);
        }
        return (config, data, settings);
    }

    private static Dictionary<string, string> ParseData(string[] values)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var symbol = equals > 0 ? value[..equals].Trim().ToUpperInvariant() : "";
            if (equals <= 0 || equals == value.Length - 1 || !BotConfigValidator.IsValidTicker(symbol))
            {
                throw new BacktestInputException($"--data '{value}' must be SYMBOL=path, e.g. SPY=spy.csv.");
            }
            if (!files.TryAdd(symbol, value[(equals + 1)..]))
            {
                throw new BacktestInputException($"--data gives {symbol} twice.");
            }
        }
        return files;
    }
}
