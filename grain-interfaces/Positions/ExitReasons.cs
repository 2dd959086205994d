namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>The wire names of <see cref="ExitReason"/> (<c>exit_reason</c> in a trade's <c>indicators_snapshot</c>).</summary>
public static class ExitReasons
{
    public static string WireName(ExitReason reason) => reason switch
    {
        ExitReason.StopLoss => "stop_loss",
        ExitReason.TakeProfit => "take_profit",
        ExitReason.Manual => "manual",
        ExitReason.KillSwitch => "kill_switch",
        _ => "signal",
    };
}
