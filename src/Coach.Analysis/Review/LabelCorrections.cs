using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Storage;

namespace Coach.Analysis.Review;

/// <summary>Coaches' corrections laid over the model's labels: the newest correction of a line's task wins.</summary>
public static class LabelCorrections
{
    /// <summary>The lines with corrected labels, and the state of the call replayed from them.</summary>
    public static (IReadOnlyList<CallLine> Lines, CallState State) Apply(IReadOnlyList<CallLine> lines, IReadOnlyList<CorrectionRecord> corrections)
    {
        var latest = corrections.GroupBy(c => c.Seq)
            .ToDictionary(g => g.Key, g => g.GroupBy(c => c.Task).ToDictionary(t => t.Key, t => t.MaxBy(c => c.Id)!.Label));
        var state = new CallState();
        var corrected = new List<CallLine>(lines.Count);
        foreach (var line in lines.OrderBy(l => l.Seq))
        {
            var effective = line;
            if (latest.TryGetValue(line.Seq, out var byTask))
            {
                var labels = new Dictionary<string, string>(line.Labels);
                foreach (var (task, label) in byTask)
                {
                    labels[task] = label;
                }

                effective = line with { Labels = labels };
            }

            state.Apply(effective.ToLabeled());
            corrected.Add(effective);
        }

        return (corrected, state);
    }

    /// <summary>Errors by task for a correction of a line said by <paramref name="speaker"/>: tasks of the other side or unknown labels.</summary>
    public static Dictionary<string, string[]> Check(IReadOnlyDictionary<string, string?> labels, Speaker speaker)
    {
        var errors = new Dictionary<string, string[]>();
        if (labels.Count == 0)
        {
            errors["labels"] = ["Give at least one task and its label, e.g. {\"objection\":\"price\"}."];
        }

        foreach (var (name, label) in labels)
        {
            var task = ClassifierTask.Find(name);
            if (task is null)
            {
                errors[name] = [$"'{name}' is not a task: use need, signal, objection (customer lines) or spin, close (rep lines)."];
            }
            else if (task.Speaker != speaker)
            {
                errors[name] = [$"{name} labels {task.Speaker.ToName()} lines; this line is the {speaker.ToName()}'s."];
            }
            else if (!task.IsLabel(label))
            {
                errors[name] = [$"'{label}' is not a {name} label: use one of {string.Join(", ", task.Labels)}."];
            }
        }

        return errors;
    }
}
