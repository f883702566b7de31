using System.Security.Cryptography;

namespace Coach.Analysis.Classification;

/// <summary>A short stable id of a model file: the first 12 hex digits of the SHA-256 of its bytes.</summary>
public static class ModelVersion
{
    /// <summary>The version of a model that was not loaded from a file (trained in memory).</summary>
    public const string Unsaved = "unsaved";

    public static string Of(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file))[..12];
    }
}
