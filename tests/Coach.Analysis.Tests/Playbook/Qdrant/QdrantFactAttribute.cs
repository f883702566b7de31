namespace Coach.Analysis.Tests.Playbook.Qdrant;

/// <summary>A test that needs a real Qdrant: it runs when QDRANT_URL names one and is reported as skipped otherwise.</summary>
public sealed class QdrantFactAttribute : FactAttribute
{
    public QdrantFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("QDRANT_URL")))
        {
            Skip = "QDRANT_URL is not set: no real Qdrant to test against (Qdrant is not packaged for Debian).";
        }
    }
}
