namespace Coach.Resilience.Dependencies;

/// <param name="Calls">Concurrent calls, half driven through each instance.</param>
/// <param name="OutageSeconds">How long each dependency stays down.</param>
/// <param name="IntervalMs">Time between a call's lines.</param>
/// <param name="QdrantUrl">A running Qdrant to put behind a proxy and cut; none: Qdrant is not run.</param>
/// <param name="RecoverySeconds">How long to wait for recovery after a dependency is back before calling it failed.</param>
public sealed record DepsSettings(int Calls = 50, int OutageSeconds = 10, int IntervalMs = 200, string? QdrantUrl = null, int RecoverySeconds = 30);
