namespace Coach.Resilience.Load;

/// <summary>The resident memory of each instance at one moment of a load run.</summary>
public sealed record MemorySample(TimeSpan At, IReadOnlyList<double> WorkingSetMb);
