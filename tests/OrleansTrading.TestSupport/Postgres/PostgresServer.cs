using System.Diagnostics;
using System.Net.Sockets;
using Npgsql;
using OrleansTrading.TestSupport.Network;

namespace OrleansTrading.TestSupport.Postgres;

/// <summary>
/// A real PostgreSQL server for tests. Uses the server named by <c>ORLEANSTRADING_TEST_POSTGRES</c> (an admin
/// connection string) when set; otherwise starts a throwaway cluster with initdb/pg_ctl on a free loopback port and
/// removes it on dispose. It never skips: if no server can be had, it throws with the reason.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionStringVariable = "ORLEANSTRADING_TEST_POSTGRES";

    private readonly string? _dataDirectory;
    private readonly string? _binDirectory;
    private int _databaseCounter;

    private PostgresServer(string adminConnectionString, string? dataDirectory, string? binDirectory)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
    }

    /// <summary>A superuser connection to the <c>postgres</c> database.</summary>
    public string AdminConnectionString { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var server = new PostgresServer(external, null, null);
            await server.WaitUntilAcceptingAsync(TimeSpan.FromSeconds(30));
            return server;
        }
        return await StartThrowawayClusterAsync();
    }

    /// <summary>
    /// Creates a fresh, empty database and returns a connection string to it. With <paramref name="icuLocale"/> (e.g.
    /// <c>en-US</c>) text sorts by that language's rules, as on a typical production server, rather than by the
    /// throwaway cluster's locale (often C, which would hide a missing <c>COLLATE "C"</c>). Needs PostgreSQL 15+ with ICU.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null, string? icuLocale = null)
    {
        var name = $"{prefix ?? "test"}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        var collation = icuLocale is null ? "" : $" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '{icuLocale.Replace("'", "''", StringComparison.Ordinal)}'";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{collation}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_dataDirectory is null || _binDirectory is null)
        {
            return;
        }
        // As the user that started it: pg_ctl refuses to run as root, and a refused stop used to leave the server running.
        await RunPostgresToolAsync(Environment.UserName == "root", Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"], ignoreFailure: true);
        try
        {
            Directory.Delete(Path.GetDirectoryName(_dataDirectory)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; never fail a test run over it.
        }
    }

    private static async Task<PostgresServer> StartThrowawayClusterAsync()
    {
        var binDirectory = FindServerBinaries()
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin or on PATH. " +
                $"Install PostgreSQL (apt-get install postgresql) or set {ConnectionStringVariable} to an admin connection string.");
        var root = Path.Combine(Path.GetTempPath(), $"orleanstrading-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
        var dataDirectory = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var port = FreePorts.Next();
        var runAsPostgres = Environment.UserName == "root";
        if (runAsPostgres)
        {
            // initdb refuses to run as root; the cluster belongs to the postgres system user.
            await RunAsync("chown", ["postgres", root]);
        }
        await RunPostgresToolAsync(runAsPostgres, Path.Combine(binDirectory, "initdb"),
            ["-D", dataDirectory, "--auth=trust", "--username=postgres", "--encoding=UTF8", "--no-sync"]);
        // One server serves a whole test collection: every test's database keeps its own connection pools (idle
        // connections live for minutes), and a loaded machine grows them, so 300 slots ran out under a parallel run.
        await RunPostgresToolAsync(runAsPostgres, Path.Combine(binDirectory, "pg_ctl"),
            ["-D", dataDirectory, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
             "-o", $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=1000",
             "start"]);
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Pooling = true,
        }.ConnectionString;
        var server = new PostgresServer(connectionString, dataDirectory, binDirectory);
        await server.WaitUntilAcceptingAsync(TimeSpan.FromSeconds(30));
        return server;
    }

    private async Task WaitUntilAcceptingAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException && deadline.Elapsed < timeout)
            {
                await Task.Delay(200);
            }
        }
    }

    private static string? FindServerBinaries()
    {
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(d => Path.Combine(d, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
    }

    private static Task RunPostgresToolAsync(bool asPostgresUser, string tool, IReadOnlyList<string> arguments, bool ignoreFailure = false) =>
        asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", tool, .. arguments], ignoreFailure)
            : RunAsync(tool, arguments, ignoreFailure);

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool ignoreFailure = false)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // pg_ctl keeps its own stdout open in the server it starts; read nothing from a pipe we would wait on forever.
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 && !ignoreFailure)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }
}
