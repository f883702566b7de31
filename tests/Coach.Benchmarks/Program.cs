using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Coach.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
