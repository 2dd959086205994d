namespace OrleansTrading.Api.Bots;

/// <summary>Bot ids are UUID strings; anything else cannot name a bot, so it is answered 404 without touching a grain.</summary>
public static class BotIds
{
    public static bool IsWellFormed(string id) => Guid.TryParseExact(id, "D", out _);
}
