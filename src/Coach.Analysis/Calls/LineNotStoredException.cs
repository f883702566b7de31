namespace Coach.Analysis.Calls;

/// <summary>
/// A line could not be stored (the database is unreachable or refused it). The call is as it was before the
/// line: the sender may resend it with the same seq.
/// </summary>
public sealed class LineNotStoredException(string callId, int seq, Exception inner)
    : Exception($"Line {seq} of call {callId} was not stored: the database did not take it ({inner.GetBaseException().GetType().Name}). Nothing of it was kept; resend it.", inner)
{
    public string CallId { get; } = callId;

    public int Seq { get; } = seq;
}
