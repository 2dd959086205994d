namespace OrleansTrading.GrainInterfaces.Positions;

/// <summary>How a position command ended.</summary>
[GenerateSerializer, Alias("OrleansTrading.PositionCommandOutcome")]
public enum PositionCommandOutcome
{
    /// <summary>A new fill was applied.</summary>
    Filled = 0,

    /// <summary>The client order id was already applied: nothing changed, the first trade is returned.</summary>
    AlreadyApplied = 1,

    /// <summary>A close on a flat position.</summary>
    NotOpen = 2,

    /// <summary>The broker accepted the order but has not filled it (a resting limit or stop).</summary>
    Pending = 3,

    /// <summary>The broker refused the order.</summary>
    Rejected = 4,

    /// <summary>The position belongs to a deleted bot: the grain is retired and takes no order, ever.</summary>
    Retired = 5,
}
