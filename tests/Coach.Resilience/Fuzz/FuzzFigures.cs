using System.Text;
using System.Text.RegularExpressions;

namespace Coach.Resilience.Fuzz;

/// <summary>The figures of a fuzz run: a histogram of answers per target, the failures with examples, and the checks after.</summary>
public sealed partial class FuzzFigures
{
    private const int ExamplesPerTarget = 3;
    private readonly SortedDictionary<string, SortedDictionary<string, int>> _histogram = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, FuzzFailure), List<string>> _examples = [];
    private readonly Dictionary<FuzzFailure, int> _failures = [];

    public int Inputs { get; private set; }

    public int HttpInputs { get; private set; }

    public int HubInputs { get; private set; }

    public int ServerErrors => Count(FuzzFailure.ServerError);

    public int UnexpectedHubErrors => Count(FuzzFailure.UnexpectedHubError);

    public int UnexpectedDrops => Count(FuzzFailure.Dropped);

    public int Timeouts => Count(FuzzFailure.Timeout);

    /// <summary>SignalR's own rejections of arguments it cannot bind ("Failed to invoke ... due to an error on the server").</summary>
    public int BindingRejections { get; private set; }

    /// <summary>Hub connections a message of an unknown type left unable to read more (a SignalR limit, see <see cref="HubAnswers.Wedged"/>).</summary>
    public int Wedged { get; private set; }

    /// <summary>The service process exited during the run (0 or 1; only known when the run started it).</summary>
    public int Crashes { get; set; }

    public int? HealthAfter { get; set; }

    public bool NormalCallAfter { get; set; }

    public string? NormalCallError { get; set; }

    /// <summary>Lines of the service's console output that report an error: "Unhandled exception", "fail:", [ERR], [FTL].</summary>
    public IReadOnlyList<string> ErrorLogLines { get; set; } = [];

    public double? WorkingSetBeforeMb { get; set; }

    public double? WorkingSetAfterMb { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Where the service's console output was saved, when the run started the service.</summary>
    public string? ServiceLog { get; set; }

    public bool MetBar => Crashes == 0 && ServerErrors == 0 && UnexpectedHubErrors == 0 && UnexpectedDrops == 0 && Timeouts == 0
        && HealthAfter == 200 && NormalCallAfter && ErrorLogLines.Count == 0;

    public void Add(FuzzCase input, FuzzOutcome outcome)
    {
        lock (_histogram)
        {
            Inputs++;
            if (input is HttpCase)
            {
                HttpInputs++;
            }
            else
            {
                HubInputs++;
            }

            if (!_histogram.TryGetValue(input.Target, out var row))
            {
                _histogram[input.Target] = row = new SortedDictionary<string, int>(StringComparer.Ordinal);
            }

            row[outcome.Key] = row.GetValueOrDefault(outcome.Key) + 1;
            if (outcome.Key == HubAnswers.Binding)
            {
                BindingRejections++;
            }

            if (outcome.Key == HubAnswers.Wedged)
            {
                Wedged++;
            }

            if (outcome.Failure == FuzzFailure.None)
            {
                return;
            }

            _failures[outcome.Failure] = _failures.GetValueOrDefault(outcome.Failure) + 1;
            if (!_examples.TryGetValue((input.Target, outcome.Failure), out var examples))
            {
                _examples[(input.Target, outcome.Failure)] = examples = [];
            }

            if (examples.Count < ExamplesPerTarget)
            {
                examples.Add(input.Describe() + (outcome.Detail is null ? "" : $"\n        -> {outcome.Detail}"));
            }
        }
    }

    public static IReadOnlyList<string> FindErrorLines(string output) =>
        [.. output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => ErrorLine().IsMatch(l))];

    [GeneratedRegex(@"Unhandled exception|^\s*fail:|\[\d\d:\d\d:\d\d (ERR|FTL)\]|\[(ERR|FTL)\]")]
    private static partial Regex ErrorLine();

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"{"target",-32} {"inputs",7}  answers");
        foreach (var (target, row) in _histogram)
        {
            text.AppendLine($"{target,-32} {row.Values.Sum(),7}  {string.Join("  ", row.Select(kv => $"{kv.Key}:{kv.Value}"))}");
        }

        text.AppendLine();
        text.AppendLine($"inputs                      {Inputs} ({HttpInputs} HTTP, {HubInputs} hub) in {Elapsed.TotalSeconds:0} s");
        text.AppendLine($"crashes (service exited)    {Crashes}");
        text.AppendLine($"HTTP 5xx                    {ServerErrors}");
        text.AppendLine($"hub unexpected errors       {UnexpectedHubErrors}");
        text.AppendLine($"dropped unexpectedly        {UnexpectedDrops}");
        text.AppendLine($"timeouts                    {Timeouts}");
        text.AppendLine($"SignalR binding rejections  {BindingRejections} (not failures: SignalR refused arguments it could not bind, before our code)");
        text.AppendLine($"wedged hub connections      {Wedged} (not failures: a frame of an unknown message type; SignalR then reads nothing more on that connection)");
        text.AppendLine($"/health after               {HealthAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}");
        text.AppendLine($"normal call after           {(NormalCallAfter ? "ok (StartCall, SendUtterance, EndCall)" : "FAILED: " + NormalCallError)}");
        text.AppendLine($"error lines in service log  {ErrorLogLines.Count}{(ServiceLog is null ? "" : $" ({ServiceLog})")}");
        text.AppendLine($"working set before/after    {Mb(WorkingSetBeforeMb)} / {Mb(WorkingSetAfterMb)}");
        text.AppendLine($"bar (0 crashes, 0 5xx, 0 unexpected hub errors, answering after): {(MetBar ? "MET" : "NOT MET")}");
        foreach (var ((target, failure), examples) in _examples.OrderBy(e => e.Key.Item1, StringComparer.Ordinal))
        {
            text.AppendLine($"  {failure} on {target}:");
            foreach (var example in examples)
            {
                text.AppendLine($"    {example}");
            }
        }

        foreach (var line in ErrorLogLines.Take(20))
        {
            text.AppendLine($"  log: {(line.Length > 300 ? line[..300] + "…" : line)}");
        }

        return text.ToString();
    }

    private int Count(FuzzFailure failure)
    {
        lock (_histogram)
        {
            return _failures.GetValueOrDefault(failure);
        }
    }

    private static string Mb(double? mb) => mb is null ? "n/a" : $"{mb:0} MB";
}
