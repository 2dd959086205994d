using OrleansTrading.GrainInterfaces.Bots;
using System.Text.Json;

namespace OrleansTrading.Grains.Signals;

/// <summary>
/// The combined decision for one bar with everything that led to it; <see cref="ToSnapshotJson"/> becomes the
/// trade's <c>indicators_snapshot</c>.
/// </summary>
public sealed record SignalDecision(SignalDirection Direction, SignalRule Rule, double Close, IReadOnlyList<IndicatorVote> Votes)
{
    public string ToSnapshotJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("decision", Name(Direction));
            writer.WriteString("rule", Rule.ToString().ToLowerInvariant());
            writer.WriteNumber("close", Close);
            writer.WriteStartObject("indicators");
            foreach (var vote in Votes)
            {
                writer.WriteStartObject(vote.Indicator);
                foreach (var (name, value) in vote.Values)
                {
                    writer.WriteNumber(name, value);
                }
                if (vote.IsFilter)
                {
                    writer.WriteBoolean("filter_passed", vote.Passed);
                }
                else
                {
                    writer.WriteString("vote", Name(vote.Vote));
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Name(SignalDirection direction) => direction.ToString().ToLowerInvariant();
}
