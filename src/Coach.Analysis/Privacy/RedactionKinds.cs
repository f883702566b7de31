namespace Coach.Analysis.Privacy;

/// <summary>The kinds of personal data the redactor knows without configuration, as reported and as masked (<c>[phone]</c>).</summary>
public static class RedactionKinds
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string IdNumber = "id-number";
    public const string BankCard = "bank-card";

    /// <summary>The kind of a line masked whole because a pattern timed out on it.</summary>
    public const string Unchecked = "redacted";

    /// <summary>The built-in kinds, which <see cref="RedactionOptions.Disabled"/> may name.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = [Email, Phone, IdNumber, BankCard];
}
