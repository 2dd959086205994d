namespace OrleansTrading.Grains.Risk;

/// <summary>
/// The max-drawdown kill switch: tracks the equity peak and trips when equity falls the configured percentage below
/// it. Once tripped it stays tripped until <see cref="Reset"/> — a recovery must be a human decision.
/// </summary>
public sealed class DrawdownGuard(decimal maxDrawdownPercent)
{
    public decimal MaxDrawdownPercent { get; } = maxDrawdownPercent > 0 && maxDrawdownPercent <= 100
        ? maxDrawdownPercent
        : throw new ArgumentOutOfRangeException(nameof(maxDrawdownPercent), maxDrawdownPercent, "maxDrawdownPercent must be in (0, 100].");

    public decimal Peak { get; private set; }

    public bool IsTripped { get; private set; }

    /// <summary>Drawdown from the peak as a percentage (0 at a new high).</summary>
    public decimal CurrentDrawdownPercent { get; private set; }

    /// <summary>Records the latest equity; returns whether the guard is (now or already) tripped.</summary>
    public bool Update(decimal equity)
    {
        if (equity > Peak)
        {
            Peak = equity;
        }
        CurrentDrawdownPercent = Peak > 0 ? (Peak - equity) / Peak * 100m : 0m;
        if (CurrentDrawdownPercent >= MaxDrawdownPercent)
        {
            IsTripped = true;
        }
        return IsTripped;
    }

    /// <summary>A guard carrying on from a persisted peak and trip state (e.g. after a grain reactivates).</summary>
    public static DrawdownGuard Restore(decimal maxDrawdownPercent, decimal peak, bool tripped)
    {
        var guard = new DrawdownGuard(maxDrawdownPercent) { Peak = peak, IsTripped = tripped };
        return guard;
    }

    /// <summary>Re-arms the guard with the current equity as the new peak.</summary>
    public void Reset(decimal equity)
    {
        IsTripped = false;
        Peak = equity;
        CurrentDrawdownPercent = 0;
    }
}
