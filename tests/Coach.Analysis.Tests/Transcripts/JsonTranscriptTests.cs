using Coach.Analysis.Classification;
using Coach.Analysis.Transcripts;
using static Coach.Analysis.Tests.Transcripts.TranscriptSamples;

namespace Coach.Analysis.Tests.Transcripts;

public sealed class JsonTranscriptTests
{
    [Fact]
    public void Json_gives_title_lang_explicit_sides_and_the_line_each_utterance_opens_on()
    {
        var transcript = ParseSample("json-negotiation.json", TranscriptFormat.Json, "Someone Else");

        Assert.Equal("Ledgerly pricing call with Norfield", transcript.Title);
        Assert.Equal("en", transcript.Lang);
        Assert.False(transcript.SidesGuessed);
        Assert.Equal([Speaker.Rep, Speaker.Customer, Speaker.Rep, Speaker.Customer], transcript.Lines.Select(l => l.Speaker));
        Assert.Equal(["Daniel Brooks", "Priya Raman", "Daniel Brooks", null], transcript.Lines.Select(l => l.Name));
        Assert.Equal([1200L, 6800L, 15400L, null], transcript.Lines.Select(l => l.StartMs));
        Assert.Equal([5, 11, 17, 18], transcript.Lines.Select(l => l.SourceLine));
    }

    [Fact]
    public void A_wrong_type_at_utterances_2_names_the_path_and_line()
    {
        var json = """
            {"utterances": [
              {"speaker": "rep", "text": "How many seats would you start with?"},
              {"speaker": "customer", "text": "About forty."},
              {"speaker": "rep", "text": 40}
            ]}
            """;

        var error = Error(json, TranscriptFormat.Json);

        Assert.Equal(4, error.Line);
        Assert.Equal("Line 4: utterances[2].text must be a string, not a number.", error.Message);
    }

    [Theory]
    [InlineData("""{"utterances":[{"speaker":"boss","text":"Hi"}]}""", "utterances[0].speaker must be \"customer\" or \"rep\".")]
    [InlineData("""{"utterances":[{"speaker":"rep"}]}""", "utterances[0].text is missing.")]
    [InlineData("""{"utterances":[{"speaker":"rep","text":"   "}]}""", "utterances[0].text is empty.")]
    [InlineData("""{"utterances":[{"speaker":"rep","text":"Hi","startMs":-5}]}""", "utterances[0].startMs must not be negative.")]
    [InlineData("""{"utterances":[{"speaker":"rep","text":"Hi","startMs":"5"}]}""", "utterances[0].startMs must be a whole number of milliseconds.")]
    [InlineData("""{"utterances":[{"text":"Hi"}]}""", "utterances[0] needs a speaker")]
    [InlineData("""{"utterances":["Hi"]}""", "utterances[0] must be an object")]
    public void A_bad_utterance_is_rejected_naming_its_path(string json, string problem)
    {
        var error = Error(json, TranscriptFormat.Json);

        Assert.Equal(1, error.Line);
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("""["not", "an", "object"]""", "must be an object")]
    [InlineData("""{"title":"Call"}""", "\"utterances\" is missing")]
    [InlineData("""{"utterances":{}}""", "\"utterances\" must be an array")]
    [InlineData("""{"utterances":[]}""", "no utterances")]
    [InlineData("""{"lang":"fr","utterances":[{"speaker":"rep","text":"Bonjour"}]}""", "lang must be \"zh\", \"en\" or \"auto\".")]
    [InlineData("""{"title":7,"utterances":[{"speaker":"rep","text":"Hi"}]}""", "title must be a string")]
    public void A_bad_document_is_rejected_as_a_whole(string json, string problem)
    {
        var error = Error(json, TranscriptFormat.Json);

        Assert.Null(error.Line);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Malformed_json_is_rejected_at_the_line_of_the_syntax_error()
    {
        var error = Error("{\n  \"utterances\": [\n    {\"speaker\": \"rep\" \"text\": \"Hi\"}\n  ]\n}", TranscriptFormat.Json);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("Line 3: the file is not valid JSON", error.Message);
        Assert.DoesNotContain("LineNumber", error.Message);
    }

    [Fact]
    public void A_duplicated_utterances_property_is_rejected()
    {
        var error = Error("""{"utterances":[],"utterances":[{"speaker":"rep","text":"Hi"}]}""", TranscriptFormat.Json);

        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void Auto_lang_means_unknown()
    {
        var transcript = Parse("""{"lang":"auto","utterances":[{"speaker":"customer","text":"我们考虑一下。"}]}""", TranscriptFormat.Json);

        Assert.Null(transcript.Lang);
        Assert.Null(transcript.Title);
        Assert.Equal(Speaker.Customer, Assert.Single(transcript.Lines).Speaker);
    }

    [Fact]
    public void Utterances_without_a_speaker_take_their_side_from_rep_names()
    {
        var json = """
            {"lang":"zh","utterances":[
              {"name":"王经理","text":"李总，合同您看过了吗？"},
              {"name":"李总","text":"看了，付款条款还要再谈。"}
            ]}
            """;

        var transcript = Parse(json, TranscriptFormat.Json, "王经理");

        Assert.Equal([Speaker.Rep, Speaker.Customer], transcript.Lines.Select(l => l.Speaker));
        Assert.False(transcript.SidesGuessed);
    }

    [Fact]
    public void A_name_labeled_elsewhere_keeps_its_side_without_rep_names()
    {
        var json = """
            {"utterances":[
              {"speaker":"rep","name":"Daniel","text":"Shall we look at the rollout plan?"},
              {"name":"Priya","text":"Yes, please."},
              {"name":"Daniel","text":"Week one is the ERP connector."}
            ]}
            """;

        var transcript = Parse(json, TranscriptFormat.Json);

        Assert.Equal([Speaker.Rep, Speaker.Customer, Speaker.Rep], transcript.Lines.Select(l => l.Speaker));
        Assert.False(transcript.SidesGuessed);
    }

    [Fact]
    public void An_overlong_title_is_rejected()
    {
        var json = $$"""{"title":"{{new string('x', 201)}}","utterances":[{"speaker":"rep","text":"Hi"}]}""";

        Assert.Contains("title is 201 characters; at most 200", Error(json, TranscriptFormat.Json).Message);
    }
}
