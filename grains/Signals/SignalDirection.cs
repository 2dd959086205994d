namespace OrleansTrading.Grains.Signals;

/// <summary>What an indicator (or the combined rule) says to do now.</summary>
public enum SignalDirection
{
    Hold = 0,
    Buy = 1,
    Sell = 2,
}
