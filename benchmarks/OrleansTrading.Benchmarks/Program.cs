using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/OrleansTrading.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
