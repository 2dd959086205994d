using System.Globalization;

namespace OrleansTrading.LiveLoad;

/// <summary>The load run's shape, from <c>--name value</c> arguments.</summary>
internal sealed record LoadSettings(int Bots, int Symbols, int WarmupSeconds, int MeasureSeconds)
{
    public static LoadSettings Parse(string[] args)
    {
        int Read(string name, int fallback)
        {
            var index = Array.IndexOf(args, "--" + name);
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }
        return new LoadSettings(Read("bots", 1000), Read("symbols", 50), Read("warmup", 15), Read("seconds", 60));
    }
}
