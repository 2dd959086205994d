namespace OrleansTrading.GrainInterfaces.Bots;

/// <summary>How a bot combines its indicators' votes into one decision.</summary>
[GenerateSerializer, Alias("OrleansTrading.SignalRule")]
public enum SignalRule
{
    /// <summary>Strictly more than half of the non-hold votes agree (the seed's rule, default).</summary>
    Majority = 0,

    /// <summary>Every voting indicator votes the same side; a single hold blocks the trade.</summary>
    All = 1,

    /// <summary>At least one indicator votes a side and none votes the other.</summary>
    Any = 2,
}
