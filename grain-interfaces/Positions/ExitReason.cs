namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>Why a position was sold.</summary>
[GenerateSerializer, Alias("OrleansTrading.ExitReason")]
public enum ExitReason
{
    Signal = 0,
    StopLoss = 1,
    TakeProfit = 2,
    Manual = 3,
    KillSwitch = 4,
}
