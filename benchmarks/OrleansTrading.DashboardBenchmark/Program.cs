using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansTrading.DashboardBenchmark;
using OrleansTrading.Grains.Database;
using OrleansTrading.Grains.Hosting;
using OrleansTrading.TestSupport.Api;
using OrleansTrading.TestSupport.Network;
using OrleansTrading.TestSupport.Postgres;

// Dashboard query benchmark (issue 6 "Speed"): a throwaway PostgreSQL with N trades over B bots (binary COPY), a
// Cluster-mode silo, the api in Cluster mode on loopback, then C concurrent HTTP clients. Usage:
//   dotnet run -c Release --project benchmarks/OrleansTrading.DashboardBenchmark -- [trades] [bots] [clients] [requestsPerClient]
var trades = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var bots = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var requestsPerClient = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100;

await using var postgres = await PostgresServer.StartAsync();
var connectionString = await postgres.CreateDatabaseAsync("bench", icuLocale: "en-US");
await new SchemaMigrator(connectionString).MigrateAsync(CancellationToken.None);
var botIds = TradeLoader.BotIds(bots);
var loaded = await TradeLoader.LoadAsync(connectionString, botIds, trades, DateTimeOffset.UtcNow);
Console.WriteLine($"Loaded {trades:N0} trades over {bots} bots with COPY (+ VACUUM ANALYZE) in {loaded.TotalSeconds:F1} s");

var siloPort = FreePorts.Next();
var gatewayPort = FreePorts.Next();
var siloBuilder = Host.CreateApplicationBuilder();
siloBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
var siloConfiguration = new ConfigurationBuilder().AddInMemoryCollection(
[
    new("Orleans:Mode", "Cluster"),
    new("Orleans:SiloPort", siloPort.ToString(CultureInfo.InvariantCulture)),
    new("Orleans:GatewayPort", gatewayPort.ToString(CultureInfo.InvariantCulture)),
    new("Orleans:EnableDashboard", "false"),
    new("ConnectionStrings:Postgres", connectionString),
]).Build();
siloBuilder.UseOrleans(silo => silo.AddOrleansTrading(siloConfiguration));
using var siloHost = siloBuilder.Build();
await siloHost.StartAsync();

await using var api = await ApiServer.StartAsync(false, "--Orleans:Mode=Cluster", $"--ConnectionStrings:Postgres={connectionString}",
    "--Orleans:EnableDashboard=false");
var client = api.Client;
string Bot(int i) => botIds[i * 7919 % botIds.Count];

// Each bot has trades / bots rows; page 50 of 20 is rows 981-1000 of the bot's newest-first list.
var scenarios = new (string Name, Func<int, string> Path)[]
{
    ("GET /api/trades  botId, sort timestamp desc, page 50 (pageSize 20)",
        i => $"/api/trades?botId={Bot(i)}&sortField=timestamp&sortDirection=desc&page=50&pageSize=20"),
    ("GET /api/trades  botId + type=sell, sort profit_loss desc, page 50",
        i => $"/api/trades?botId={Bot(i)}&type=sell&sortField=profit_loss&sortDirection=desc&page=50&pageSize=20"),
    ("GET /api/trades  dateRange=month, sort timestamp desc, page 50 (all bots)",
        _ => "/api/trades?dateRange=month&sortField=timestamp&sortDirection=desc&page=50&pageSize=20"),
    ("GET /api/trades/stats  botId", i => $"/api/trades/stats?botId={Bot(i)}"),
    ("GET /api/trades/stats  botId + dateRange=month", i => $"/api/trades/stats?botId={Bot(i)}&dateRange=month"),
    ("GET /api/trades/stats  no filter (all 1M trades)", _ => "/api/trades/stats"),
};

Console.WriteLine($"| scenario | 1 client p50 (ms) | {clients} clients: requests | p50 | p90 | p99 | max (ms) | requests/s |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var (name, path) in scenarios)
{
    // The unfiltered stats scan every row: a handful of requests tell its cost without hogging the machine.
    var perClient = name.Contains("no filter", StringComparison.Ordinal) ? Math.Max(1, requestsPerClient / 20) : requestsPerClient;
    await LatencyRun.RunAsync("warm-up", client, clients, Math.Max(1, perClient / 5), path);
    // One client alone shows a request's own cost; the concurrent run adds queueing for the machine's two cores.
    var alone = await LatencyRun.RunAsync(name, client, 1, Math.Max(5, perClient / 2), path);
    var result = await LatencyRun.RunAsync(name, client, clients, perClient, path);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {result.Name} | {alone.P50:F1} | {result.Requests} | {result.P50:F1} | {result.P90:F1} | {result.P99:F1} | {result.Max:F1} | {result.RequestsPerSecond:F0} |"));
}

await siloHost.StopAsync();
