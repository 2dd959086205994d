namespace OrleansTrading.GrainInterfaces.Trades;

/// <summary>Buy or sell; the wire names are <c>"buy"</c> and <c>"sell"</c>.</summary>
[GenerateSerializer, Alias("OrleansTrading.TradeSide")]
public enum TradeSide
{
    Buy = 0,
    Sell = 1,
}
