using System.Globalization;

namespace Coach.Resilience;

/// <summary>The runner's <c>--name value</c> options.</summary>
public sealed class RunnerArgs
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public RunnerArgs(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
            }

            var name = args[i][2..];
            if (!_values.TryGetValue(name, out var list))
            {
                _values[name] = list = [];
            }

            list.Add(args[++i]);
        }
    }

    public int Int(string name, int fallback, bool allowZero = false) => _values.TryGetValue(name, out var v)
        ? int.TryParse(v[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && (n > 0 || (allowZero && n == 0))
            ? n
            : throw new ArgumentException($"--{name} must be a {(allowZero ? "non-negative" : "positive")} whole number.")
        : fallback;

    public string? String(string name) => _values.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var v) ? v : [];
}
