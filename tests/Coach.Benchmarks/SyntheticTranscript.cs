using System.Globalization;
using System.Text;

namespace Coach.Benchmarks;

/// <summary>
/// A Microsoft Teams WebVTT transcript of any length for benchmarks: a rep selling accounts-payable
/// automation to a controller and her IT lead, cycling through varied lines. 700 cues make about an
/// hour. Each cue has one voice, so the parser gives one utterance per cue; every fifth cue wraps onto
/// a second line, and some carry cue settings or character references as Teams writes them.
/// </summary>
internal static class SyntheticTranscript
{
    public const string Rep = "Daniel Brooks";

    private static readonly string[] Customers = ["Priya Raman", "Priya Raman", "Tom Becker"];

    private static readonly string[] RepLines =
    [
        "Thanks for making the time today, I know month-end is coming up.",
        "Could you walk me through how a supplier invoice gets into your ERP today?",
        "How many invoices does the team handle in a typical month?",
        "What happens when an approver is travelling or out sick?",
        "How long does it usually take from receiving an invoice to paying it?",
        "When an invoice doesn't match the purchase order, who sorts it out?",
        "What did the late payment fees come to last quarter?",
        "If approvals took a minute on a phone, what would that change for your close?",
        "Who else would need to be involved in a decision like this?",
        "How are you handling duplicate invoices at the moment?",
        "So if I heard you right, the real cost is the overtime at month-end &amp; the late fees.",
        "We connect to Dynamics 365 out of the box, so there's no custom integration work.",
        "Most customers your size go live in six to eight weeks.",
        "Would it help if I put together a business case you could take to your CFO?",
        "What would need to be true for you to start a pilot in the next quarter?",
        "Shall we pencil in thirty minutes next Tuesday with your CFO and Tom?",
    ];

    private static readonly string[] CustomerLines =
    [
        "Most of them come in by email as PDFs, and two clerks key them in by hand.",
        "Somewhere around eighteen hundred a month, more in December.",
        "Honestly, things just sit in someone's inbox until they get back.",
        "Anywhere from five days to three weeks, depending on who has to sign off.",
        "That usually lands on me, and it eats most of the last week of the month.",
        "About fourteen thousand dollars, which our CFO was not happy about.",
        "We'd close the books two days earlier, and the team wouldn't work weekends.",
        "Our CFO signs anything over twenty-five thousand, and IT has to approve the security side.",
        "From the IT side, it has to support single sign-on with Entra ID.",
        "We looked at a tool last year, but the implementation estimate was six months.",
        "The price is the part I'm worried about; budgets are tight this year.",
        "We already pay for an OCR add-on in the ERP, so I'd need to explain why that isn't enough.",
        "I like what I'm seeing, but I'd want to talk to a reference customer in manufacturing.",
        "Data residency matters to us &#8212; where would our invoices be stored?",
        "Let me check with our CFO and come back to you by Friday.",
        "A pilot with one business unit sounds reasonable to me.",
    ];

    /// <summary>Second lines of wrapped cues.</summary>
    internal static readonly string[] Continuations =
    [
        "And that's before the auditors ask for the paper trail.",
        "I mean, it works, but it doesn't scale.",
        "Does that make sense?",
        "We can go through the details on the next call.",
    ];

    public static string Create(int cues = 700)
    {
        var random = new Random(1);
        var guid = new byte[16];
        random.NextBytes(guid);
        var meeting = new Guid(guid);
        var vtt = new StringBuilder("WEBVTT\r\n\r\n");
        var startMs = 1_500L;
        for (var i = 0; i < cues; i++)
        {
            var repSpeaks = i % 2 == 0 || random.Next(6) == 0;
            var speaker = repSpeaks ? Rep : Customers[random.Next(Customers.Length)];
            var lines = repSpeaks ? RepLines : CustomerLines;
            var text = lines[random.Next(lines.Length)];
            if (i % 5 == 4)
            {
                text += "\r\n" + Continuations[random.Next(Continuations.Length)];
            }

            var durationMs = 2_500L + random.Next(5_000);
            var settings = i % 9 == 0 ? " align:start position:10%" : "";
            vtt.Append(CultureInfo.InvariantCulture, $"{meeting}/{12 + i * 4}-{random.Next(2)}\r\n");
            vtt.Append(CultureInfo.InvariantCulture, $"{Time(startMs)} --> {Time(startMs + durationMs)}{settings}\r\n");
            vtt.Append(CultureInfo.InvariantCulture, $"<v {speaker}>{text}</v>\r\n\r\n");
            startMs += durationMs + random.Next(100, 600);
        }

        return vtt.ToString();
    }

    private static string Time(long ms) => TimeSpan.FromMilliseconds(ms).ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);
}
