namespace Coach.Analysis.Playbook.Qdrant;

/// <summary>Options of the Qdrant playbook index (section <c>Coach:Playbook:Qdrant</c>); unset <see cref="Url"/> means in-process only.</summary>
public sealed class QdrantOptions
{
    public const string Section = "Coach:Playbook:Qdrant";

    /// <summary>Base address of Qdrant's REST API, e.g. http://localhost:6333.</summary>
    public string? Url { get; set; }

    /// <summary>Sent as the <c>api-key</c> header when set.</summary>
    public string? ApiKey { get; set; }

    public string Collection { get; set; } = "salescoach-playbook";

    /// <summary>Per-request timeout; a slow Qdrant must not hold up a rep's call.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to serve from the in-process index after a failure before trying Qdrant again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(15);
}
