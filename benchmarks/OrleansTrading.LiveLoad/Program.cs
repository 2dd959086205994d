using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Hosting;
using OrleansTrading.LiveLoad;

// A timed load run (not a unit test): N running bots over M simulated symbols with 1-second bars in one embedded
// silo, for a measured window after a warm-up. Prints bar-close → order-submit latency, cycles/s, CPU and memory per bot.
var settings = LoadSettings.Parse(args);
var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Orleans:Mode"] = "Embedded",
    ["Orleans:EnableDashboard"] = "false",
    ["MarketData:BarPeriod"] = "00:00:01",
    ["Market:AlwaysOpen"] = "true",
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// Shutdown drops in-flight one-way bar notices; that noise is not a finding of the run.
builder.Logging.AddFilter("Orleans", LogLevel.Critical);
builder.UseOrleans(silo => silo.AddOrleansTrading(builder.Configuration));
using var host = builder.Build();
using var recorder = new LatencyRecorder();
await host.StartAsync();

var grains = host.Services.GetRequiredService<IGrainFactory>();
var registry = grains.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);
var process = Process.GetCurrentProcess();
var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

Console.WriteLine($"Creating and starting {settings.Bots} bots over {settings.Symbols} symbols (1-second bars)...");
var ids = new List<string>(settings.Bots);
for (var i = 0; i < settings.Bots; i++)
{
    var created = await registry.CreateBotAsync(LoadBot.Config(i, settings.Symbols));
    ids.Add(created.Bot!.Id);
}
await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) => await grains.GetGrain<IBotGrain>(id).StartAsync());

Console.WriteLine($"Warming up for {settings.WarmupSeconds} s...");
await Task.Delay(TimeSpan.FromSeconds(settings.WarmupSeconds));
var heapRunning = GC.GetTotalMemory(forceFullCollection: true);

process.Refresh();
var cpuStart = process.TotalProcessorTime;
var wall = Stopwatch.StartNew();
recorder.Start();
Console.WriteLine($"Measuring for {settings.MeasureSeconds} s...");
await Task.Delay(TimeSpan.FromSeconds(settings.MeasureSeconds));
recorder.Stop();
wall.Stop();
process.Refresh();
var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds / wall.Elapsed.TotalSeconds;

var latencies = recorder.SortedSignalLatencies();
var exits = recorder.SortedExitLatencies();
static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
string Summary(double[] sorted) =>
    $"p50 {F(Percentile(sorted, 0.50))}, p90 {F(Percentile(sorted, 0.90))}, p99 {F(Percentile(sorted, 0.99))}, max {F(sorted.LastOrDefault())}";

Console.WriteLine();
Console.WriteLine($"bots {settings.Bots}, symbols {settings.Symbols}, cores {Environment.ProcessorCount}, window {F(wall.Elapsed.TotalSeconds)} s");
Console.WriteLine($"cycles/s {F(recorder.Cycles / wall.Elapsed.TotalSeconds)}, bars/s {F(recorder.Bars / wall.Elapsed.TotalSeconds)}");
Console.WriteLine($"orders {latencies.Length + exits.Length} ({F((latencies.Length + exits.Length) / wall.Elapsed.TotalSeconds)}/s): {latencies.Length} on signals, {exits.Length} stop/target exits");
Console.WriteLine($"bar-close -> submit latency ms, signal orders (bot cycle on the bar-close notice): {Summary(latencies)}");
Console.WriteLine($"symbol grain timer lateness ms: {Summary(recorder.SortedPollDelays())}");
Console.WriteLine($"bar-close -> notice at the bot ms: {Summary(recorder.SortedNoticeDelays())}");
Console.WriteLine($"bar-close -> submit latency ms, stop/target exits (position grain on the price stream): {Summary(exits)}");
Console.WriteLine($"CPU {F(cpu * 100)}% of one core ({F(cpu * 100 / Environment.ProcessorCount)}% of the machine)");
Console.WriteLine($"managed heap per running bot {F((heapRunning - heapBefore) / (double)settings.Bots / 1024)} KiB; working set {process.WorkingSet64 / (1024 * 1024)} MiB");

await host.StopAsync();
