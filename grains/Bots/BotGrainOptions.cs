namespace OrleansTrading.Grains.Bots;

/// <summary>How a running bot keeps itself alive (configuration section <c>Bots</c>).</summary>
public sealed class BotGrainOptions
{
    public const string SectionName = "Bots";

    /// <summary>
    /// Period of the <c>keep-trading</c> reminder (default one minute, Orleans' default minimum reminder period). After a
    /// silo failure a running bot is reactivated by the next tick of this reminder, so it bounds how long the bot stays
    /// silent. A shorter value also needs Orleans' <c>ReminderOptions.MinimumReminderPeriod</c> lowered (tests do).
    /// </summary>
    public TimeSpan KeepTradingPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
