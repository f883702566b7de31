namespace Coach.Api.Apis;

/// <summary>Body of <c>POST /api/analyze</c>.</summary>
public sealed record AnalyzeRequest(string? Speaker, string? Text, string? Lang);
