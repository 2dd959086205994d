using System.Diagnostics;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>
/// <c>tests/realtime-client</c>: the pinned npm <c>socket.io-client</c> (package-lock.json) and the script the Node
/// test runs. Installs it with <c>npm ci</c> when <c>node_modules</c> is missing, so the test also works on its own.
/// </summary>
internal static class RealtimeClientPackage
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Directory { get; } = Locate();

    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Directory, "node_modules", "socket.io-client", "package.json")))
            {
                return;
            }
            var npm = new ProcessStartInfo("npm") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" })
            {
                npm.ArgumentList.Add(arg);
            }
            using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm could not be started.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"npm ci in {Directory} failed ({process.ExitCode}):\n{await output}\n{await errors}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "realtime-client");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"tests/realtime-client not found above {AppContext.BaseDirectory}.");
    }
}
