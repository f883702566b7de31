using BenchmarkDotNet.Running;
using Coach.Benchmarks;

// dotnet run -c Release --project tests/Coach.Benchmarks -- --filter '*'        (BenchmarkDotNet)
// dotnet run -c Release --project tests/Coach.Benchmarks -- search-latency      (p50/p95/p99 of playbook search)
if (args is ["search-latency"])
{
    await SearchLatency.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
