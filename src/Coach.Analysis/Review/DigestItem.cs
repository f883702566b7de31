namespace Coach.Analysis.Review;

/// <summary>One entry of a <see cref="CallDigest"/>: the line, what it is (a label), and its text clipped for a summary.</summary>
public sealed record DigestItem(int Seq, string Kind, string Text);
