using System.Text.Json;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Bots.Validation;
using OrleansTrading.TestSupport.Bots;

namespace OrleansTrading.GrainTests.Bots;

internal static class TestBotConfigs
{
    public static BotConfig Valid(string name = "Grain test bot") =>
        BotFormConverter.TryConvert(BotForms.Valid(name).Deserialize<BotFormData>()!, out _)!;
}
