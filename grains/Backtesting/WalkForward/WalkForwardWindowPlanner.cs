namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>
/// Window arithmetic over the merged timeline (every distinct bar timestamp of every symbol). Window k:
/// <list type="bullet">
/// <item>Bars: out-of-sample starts at InSample + k × Step; in-sample is the InSample bars before it (rolling) or
/// every bar before it (anchored); out-of-sample is the next OutOfSample bars.</item>
/// <item>Days: the same in calendar days from the first timestamp; a window's bars are those whose timestamps fall in
/// its half-open day ranges.</item>
/// </list>
/// The last out-of-sample window may be cut short by the end of the data; a window with no in-sample or no
/// out-of-sample bar is dropped. When the step is shorter than the out-of-sample length, each out-of-sample window
/// ends where the next begins, so the aggregated out-of-sample record never counts a bar twice.
/// </summary>
public static class WalkForwardWindowPlanner
{
    public static IReadOnlyList<WalkForwardWindow> Plan(IReadOnlyList<DateTimeOffset> timeline, WalkForwardSettings settings)
    {
        var ranges = settings.Unit == WindowUnit.Bars ? BarRanges(timeline.Count, settings) : DayRanges(timeline, settings);
        var windows = new List<WalkForwardWindow>();
        for (var k = 0; k < ranges.Count; k++)
        {
            var (isFrom, isTo, oosFrom, oosTo) = ranges[k];
            if (k + 1 < ranges.Count)
            {
                oosTo = Math.Min(oosTo, ranges[k + 1].OosFrom);
            }
            if (isTo <= isFrom || oosTo <= oosFrom)
            {
                continue;
            }
            windows.Add(new WalkForwardWindow(windows.Count, isFrom, isTo, oosFrom, oosTo,
                timeline[isFrom], timeline[isTo - 1], timeline[oosFrom], timeline[oosTo - 1]));
        }
        return windows;
    }

    private static List<(int IsFrom, int IsTo, int OosFrom, int OosTo)> BarRanges(int count, WalkForwardSettings s)
    {
        var ranges = new List<(int, int, int, int)>();
        for (var oosFrom = s.InSample; oosFrom < count; oosFrom += s.EffectiveStep)
        {
            var isFrom = s.Window == WindowKind.Anchored ? 0 : oosFrom - s.InSample;
            ranges.Add((isFrom, oosFrom, oosFrom, Math.Min(count, oosFrom + s.OutOfSample)));
        }
        return ranges;
    }

    private static List<(int IsFrom, int IsTo, int OosFrom, int OosTo)> DayRanges(IReadOnlyList<DateTimeOffset> timeline, WalkForwardSettings s)
    {
        var ranges = new List<(int, int, int, int)>();
        if (timeline.Count == 0)
        {
            return ranges;
        }
        var origin = timeline[0];
        int IndexAt(DateTimeOffset instant)
        {
            // First timeline position at or after the instant.
            int low = 0, high = timeline.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (timeline[mid] < instant)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }
            return low;
        }
        for (var k = 0; ; k++)
        {
            var oosStart = origin.AddDays(s.InSample + (double)k * s.EffectiveStep);
            var oosFrom = IndexAt(oosStart);
            if (oosFrom >= timeline.Count)
            {
                return ranges;
            }
            var isFrom = s.Window == WindowKind.Anchored ? 0 : IndexAt(oosStart.AddDays(-s.InSample));
            ranges.Add((isFrom, oosFrom, oosFrom, IndexAt(oosStart.AddDays(s.OutOfSample))));
        }
    }
}
