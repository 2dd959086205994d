using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Json;

namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary>
/// What makes a run this run: SHA-256 of the bot configuration (canonical JSON: keys sorted), of the data (every
/// symbol's name and bars as raw bits, symbols in ordinal order — so a CSV and a Parquet copy of the same bars hash
/// alike) and of the settings. The run id is the first 16 hex digits of a hash over all three and the engine
/// version: the same inputs always land in the same directory.
/// </summary>
public sealed record RunIdentity(string RunId, string ConfigHash, string DataHash, string SettingsText)
{
    public static RunIdentity Compute(BotConfig config, IReadOnlyList<SymbolBars> data, BacktestSettings settings, string kind = "backtest", string? extra = null)
    {
        var configHash = ConfigHashOf(config);
        var dataHash = DataHashOf(data);
        var settingsText = SettingsTextOf(settings) + (extra is null ? "" : "\n" + extra);
        var identity = $"kind={kind}\nengine={BacktestEngine.Version}\nconfig={configHash}\ndata={dataHash}\n{settingsText}";
        var runId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 8));
        return new RunIdentity(runId, configHash, dataHash, settingsText);
    }

    public static string ConfigHashOf(BotConfig config) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson(config))));

    /// <summary>The configuration as compact JSON with every object's keys in ordinal order.</summary>
    public static string CanonicalJson(BotConfig config) =>
        Sorted(JsonSerializer.SerializeToNode(config, TradingJson.Options))?.ToJsonString() ?? "null";

    public static string DataHashOf(IReadOnlyList<SymbolBars> data)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Records are gathered into a buffer and hashed a buffer at a time: the hash is over the same bytes, and one
        // call per bar cost more than the hashing itself.
        const int RecordBytes = 48;
        var buffer = new byte[RecordBytes * 4096];
        foreach (var symbol in data.OrderBy(d => d.Symbol, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(symbol.Symbol + "\n"));
            BinaryPrimitives.WriteInt64LittleEndian(buffer, symbol.Bars.Length);
            hash.AppendData(buffer.AsSpan(0, 8));
            var used = 0;
            foreach (var bar in symbol.Bars)
            {
                var record = buffer.AsSpan(used, RecordBytes);
                BinaryPrimitives.WriteInt64LittleEndian(record, bar.Timestamp.UtcTicks);
                BinaryPrimitives.WriteDoubleLittleEndian(record[8..], bar.Open);
                BinaryPrimitives.WriteDoubleLittleEndian(record[16..], bar.High);
                BinaryPrimitives.WriteDoubleLittleEndian(record[24..], bar.Low);
                BinaryPrimitives.WriteDoubleLittleEndian(record[32..], bar.Close);
                BinaryPrimitives.WriteDoubleLittleEndian(record[40..], bar.Volume);
                used += RecordBytes;
                if (used == buffer.Length)
                {
                    hash.AppendData(buffer);
                    used = 0;
                }
            }
            hash.AppendData(buffer.AsSpan(0, used));
        }
        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string SettingsTextOf(BacktestSettings settings) => string.Join('\n',
        "capital=" + ArtifactText.Money(settings.Capital),
        "commission=" + ArtifactText.Money(settings.Commission),
        "commission_per_share=" + ArtifactText.Money(settings.CommissionPerShare),
        "slippage_bps=" + ArtifactText.Money(settings.SlippageBps),
        "fill=" + ArtifactText.Snake(settings.Fill),
        "start=" + (settings.Start is { } start ? ArtifactText.Timestamp(start) : ""),
        "end=" + (settings.End is { } end ? ArtifactText.Timestamp(end) : ""));

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value?.DeepClone())))),
        JsonArray array => new JsonArray(array.Select(item => Sorted(item?.DeepClone())).ToArray()),
        _ => node?.DeepClone(),
    };
}
