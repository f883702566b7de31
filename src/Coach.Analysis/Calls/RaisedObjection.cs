namespace Coach.Analysis.Calls;

/// <summary>An objection the customer raised, and whether the rep has dealt with it.</summary>
public sealed record RaisedObjection(int Seq, string Kind)
{
    /// <summary>The rep answered and the customer did not raise the same kind again in their next two lines.</summary>
    public bool Handled { get; internal set; }

    internal int RepRepliesSince { get; set; }

    internal int CustomerLinesSince { get; set; }
}
