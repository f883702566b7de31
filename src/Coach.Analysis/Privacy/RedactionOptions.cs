namespace Coach.Analysis.Privacy;

/// <summary>
/// Options of masking personal data in what customers and reps say (section <c>Coach:Redaction</c>):
/// phone numbers, e-mail addresses, ID numbers and bank cards become <c>[phone]</c>, <c>[email]</c>,
/// <c>[id-number]</c> and <c>[bank-card]</c> before a line is stored, logged or sent to a language model.
/// </summary>
public sealed class RedactionOptions
{
    public const string Section = "Coach:Redaction";

    /// <summary>Whether lines are masked at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Whether an admin has chosen to keep the original text beside the masked one. The redactor only
    /// exposes this; whoever stores lines decides what to do with it.
    /// </summary>
    public bool KeepOriginal { get; set; }

    /// <summary>Extra patterns to mask, after the built-in kinds.</summary>
    public List<RedactionPattern> Patterns { get; set; } = [];

    /// <summary>Built-in kinds to turn off, by name: <c>email</c>, <c>phone</c>, <c>id-number</c>, <c>bank-card</c>.</summary>
    public List<string> Disabled { get; set; } = [];

    /// <summary>
    /// Longest one pattern may take on one line, in milliseconds. A line on which a pattern times out twice
    /// in a row is masked whole as <c>[redacted]</c> rather than passed on unchecked.
    /// </summary>
    public int MatchTimeoutMilliseconds { get; set; } = 250;
}
