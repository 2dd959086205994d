using OrleansTrading.GrainInterfaces.Alerts;
using Xunit;
using static OrleansTrading.TestSupport.Ledger.LedgerSamples;

namespace OrleansTrading.TestSupport.Ledger;

public abstract partial class TradeLedgerContractTests
{
    [Fact]
    public async Task An_alert_round_trips_every_field_and_recording_it_again_keeps_the_first()
    {
        var botAlert = Alert("a-1");
        var systemAlert = Alert("a-2", botId: null, minute: 1) with { Severity = AlertSeverity.Critical, Code = "kill_switch", AcknowledgedAt = At(2) };
        var info = Alert("a-3", minute: 2) with { Severity = AlertSeverity.Info };

        foreach (var alert in new[] { botAlert, systemAlert, info })
        {
            await Ledger.RecordAlertAsync(alert, None);
        }
        await Ledger.RecordAlertAsync(botAlert with { Message = "changed", Severity = AlertSeverity.Critical, CreatedAt = At(10) }, None);

        Assert.Equal([info, systemAlert, botAlert], await Ledger.GetAlertsAsync(null, 100, None));
    }

    [Fact]
    public async Task Alerts_come_newest_first_then_by_ordinal_id_filtered_by_bot_and_limited()
    {
        await Ledger.RecordAlertAsync(Alert("a-old", minute: 1), None);
        await Ledger.RecordAlertAsync(Alert("a-mid", minute: 5), None);
        await Ledger.RecordAlertAsync(Alert("A-mid", minute: 5), None);
        await Ledger.RecordAlertAsync(Alert("a-new", minute: 9), None);
        await Ledger.RecordAlertAsync(Alert("b-1", botId: "bot-b", minute: 7), None);
        await Ledger.RecordAlertAsync(Alert("s-1", botId: null, minute: 3), None);

        Assert.Equal(["a-new", "b-1", "A-mid", "a-mid", "s-1", "a-old"], await AlertIdsAsync(null, 100));
        Assert.Equal(["a-new", "A-mid", "a-mid", "a-old"], await AlertIdsAsync("bot-a", 100));
        Assert.Equal(["a-new", "A-mid"], await AlertIdsAsync("bot-a", 2));
        Assert.Equal(["a-new", "b-1", "A-mid"], await AlertIdsAsync(null, 3));
        Assert.Equal(["b-1"], await AlertIdsAsync("bot-b", 100));
        Assert.Empty(await AlertIdsAsync("bot-unknown", 100));
        Assert.Empty(await AlertIdsAsync(null, 0));
        Assert.Empty(await AlertIdsAsync(null, -1));
    }

    [Fact]
    public async Task The_first_acknowledgement_of_an_alert_wins()
    {
        await Ledger.RecordAlertAsync(Alert("a-1"), None);
        await Ledger.RecordAlertAsync(Alert("a-2", minute: 1), None);

        Assert.True(await Ledger.AcknowledgeAlertAsync("a-1", At(5), None));
        Assert.True(await Ledger.AcknowledgeAlertAsync("a-1", At(6), None));

        Assert.Equal([Alert("a-2", minute: 1), Alert("a-1") with { AcknowledgedAt = At(5) }], await Ledger.GetAlertsAsync(null, 100, None));
    }

    [Fact]
    public async Task Acknowledging_an_unknown_alert_answers_false_and_changes_nothing()
    {
        await Ledger.RecordAlertAsync(Alert("a-1"), None);

        Assert.False(await Ledger.AcknowledgeAlertAsync("a-unknown", At(5), None));

        Assert.Equal([Alert("a-1")], await Ledger.GetAlertsAsync(null, 100, None));
    }

    [Fact]
    public async Task Concurrent_acknowledgements_all_succeed_and_one_of_them_sticks()
    {
        await Ledger.RecordAlertAsync(Alert("a-1"), None);
        var times = Enumerable.Range(1, 20).Select(At).ToArray();

        var answers = await Task.WhenAll(times.Select(t => Task.Run(() => Ledger.AcknowledgeAlertAsync("a-1", t, None))));

        Assert.All(answers, Assert.True);
        var stored = Assert.Single(await Ledger.GetAlertsAsync("bot-a", 100, None));
        Assert.Contains(stored.AcknowledgedAt!.Value, times);
    }

    private async Task<IEnumerable<string>> AlertIdsAsync(string? botId, int limit) =>
        (await Ledger.GetAlertsAsync(botId, limit, None)).Select(a => a.Id);
}
