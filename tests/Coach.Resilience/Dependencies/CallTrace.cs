using System.Collections.Concurrent;
using System.Diagnostics;

namespace Coach.Resilience.Dependencies;

/// <summary>What every client of the run saw, stamped in seconds since the run began; figures are read from it afterwards.</summary>
public sealed class CallTrace
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public double Now => _clock.Elapsed.TotalSeconds;

    public ConcurrentQueue<Ack> Acks { get; } = new();

    public ConcurrentQueue<ClientError> Errors { get; } = new();

    public ConcurrentQueue<Delivery> RepLabeled { get; } = new();

    public ConcurrentQueue<Delivery> RepAdvice { get; } = new();

    public ConcurrentQueue<Delivery> CoachLabeled { get; } = new();

    public ConcurrentQueue<RestProbe> Rest { get; } = new();

    public int Reconnects;

    public void Error(string where, string message) => Errors.Enqueue(new ClientError(Now, where, message));
}

/// <param name="SentAt">When the line was first sent.</param>
/// <param name="Tries">Sends until the ack (1: no resend).</param>
public sealed record Ack(string CallId, int Seq, double SentAt, double AckedAt, int Tries);

public sealed record ClientError(double At, string Where, string Message);

public sealed record Delivery(string CallId, int Seq, double At);

/// <param name="Status">The HTTP status, or 0 when no answer came.</param>
public sealed record RestProbe(double At, string What, int Status, string? RetryAfter);
