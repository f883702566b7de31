namespace Coach.Analysis.Classification;

/// <summary>A model file that is missing or cannot be used; the message names the file.</summary>
public sealed class ModelLoadException(string message, Exception? inner = null) : Exception(message, inner);
