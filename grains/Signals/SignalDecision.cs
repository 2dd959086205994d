using OrleansTrading.GrainInterfaces.Bots;
using System.Text.Json;

namespace OrleansTrading.Grains.Signals;

/// <summary>
/// The combined decision for one bar with everything that led to it; <see cref="ToSnapshotJson"/> becomes the
/// trade's <c>indicators_snapshot</c>.
/// </summary>
public sealed record SignalDecision(SignalDirection Direction, SignalRule Rule, double Close, IReadOnlyList<IndicatorVote> Votes)
{
    /// <summary>
    /// Seed 002's snapshot: one object per indicator keyed by its name, with the calculator's value keys
    /// (<see cref="SnapshotKeys"/>) and <c>period</c> where it has one; beside them the platform's own vote (or
    /// <c>filter_passed</c>), and at the top the <c>decision</c>, <c>rule</c>, <c>close</c> and, for an exit, its
    /// <c>exit_reason</c>.
    /// </summary>
    public string ToSnapshotJson(string? exitReason = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var vote in Votes)
            {
                writer.WriteStartObject(vote.Indicator);
                var keys = SnapshotKeys.For(vote.Values.Keys.ToArray());
                var k = 0;
                foreach (var value in vote.Values.Values)
                {
                    // A value still warming up is NaN, which JSON cannot carry: it is null, as in the indicator CSVs.
                    if (double.IsFinite(value))
                    {
                        writer.WriteNumber(keys[k++], value);
                    }
                    else
                    {
                        writer.WriteNull(keys[k++]);
                    }
                }
                foreach (var (name, value) in vote.Settings ?? [])
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
            writer.WriteString("decision", Name(Direction));
            writer.WriteString("rule", Rule.ToString().ToLowerInvariant());
            writer.WriteNumber("close", Close);
            if (exitReason is not null)
            {
                writer.WriteString("exit_reason", exitReason);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Name(SignalDirection direction) => direction.ToString().ToLowerInvariant();
}
