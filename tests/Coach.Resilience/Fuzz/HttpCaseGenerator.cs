using System.Text;

namespace Coach.Resilience.Fuzz;

/// <summary>Malformed requests for every REST endpoint of the service (and the hub's HTTP side: negotiate, long polling).</summary>
public sealed class HttpCaseGenerator(Junk junk, FuzzWorld world)
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND"];
    private static readonly string[] JsonTypes = ["application/json", "application/json; charset=utf-8", "application/problem+json"];
    private static readonly string[] OtherTypes =
    [
        "text/plain", "text/vtt", "text/markdown", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
        "application/json; charset=latin1", "text/vtt; charset=utf-16", "application/octet-stream", "garbage", ";;;", "application/json;;",
    ];

    private readonly List<Func<HttpCase>> _families = [];

    public HttpCaseGenerator Init()
    {
        _families.AddRange([Analyze, Analyze, ListCalls, GetCall, Summary, Evidence, Comment, CorrectLabels, Import, Import, Import,
            Search, ListPlaybook, GetSnippet, AddSnippet, UpdateSnippet, DeleteSnippet, Users, Login, Me, Corrections, Feedback, Models,
            Negotiate, WrongMethod]);
        return this;
    }

    public HttpCase Next() => junk.Pick(_families)();

    private HttpCase Analyze() => JsonPost("POST /api/analyze", "/api/analyze", Natural(Credential.Rep),
        Fields(("speaker", () => Junk.Str(junk.Pick(["customer", "rep"]))), ("text", () => Junk.Str(junk.Sentence())),
            ("lang", () => Junk.Str(junk.Pick(["zh", "en", "auto"])))));

    private HttpCase ListCalls()
    {
        var query = Query(("take", () => junk.Pick(["1", "200", "0", "201", "-5", "abc", "2147483648", "1.5", ""])),
            ("before", Date), ("label", () => junk.Pick(["objection.price", "unhandled", "unhandled.price", "missed.signal", "need", ".", "a.b.c"])),
            ("rep", () => junk.Pick(["rep.east", "Daniel Brooks"])), ("q", junk.Sentence), ("from", Date), ("to", Date));
        return new HttpCase("GET /api/calls", Natural(Credential.Coach), "GET", "/api/calls" + query, null, null);
    }

    private HttpCase GetCall() => new("GET /api/calls/{id}", Natural(Credential.Coach), "GET", $"/api/calls/{CallId()}", null, null);

    private HttpCase Summary() => new("GET /api/calls/{id}/summary", Natural(Credential.Coach), "GET", $"/api/calls/{CallId()}/summary", null, null);

    private HttpCase Evidence() => new("GET .../evidence", Natural(Credential.Coach), "GET",
        $"/api/calls/{CallId()}/utterances/{Seq()}/evidence", null, null);

    private HttpCase Comment() => JsonPost("POST .../comments", $"/api/calls/{CallId()}/utterances/{Seq()}/comments", Natural(Credential.Coach),
        Fields(("text", () => Junk.Str(junk.Sentence()))));

    private HttpCase CorrectLabels()
    {
        var body = Fields(("objection", () => Junk.Str(junk.Pick(["price", "none", "timing", "bogus"]))),
            ("need", () => Junk.Str(junk.Pick(["latent", "explicit", "x"]))), ("spin", () => Junk.Str("situation")));
        return JsonPost("PUT .../labels", $"/api/calls/{CallId()}/utterances/{Seq()}/labels", Natural(Credential.Coach), body, "PUT");
    }

    private HttpCase Import()
    {
        var query = Query(("rep", () => junk.Pick(["Daniel Brooks", "Alice", "客户经理"])), ("title", () => junk.Pick(["Q3 call", "通话"])),
            ("owner", () => junk.Pick(["rep.east", "fuzz-rep", "nobody", "ADMIN"])));
        var credential = Natural(junk.Pick([Credential.Coach, Credential.Rep, Credential.Ingest]));
        var kind = junk.Random.Next(3);
        var (type, text) = kind switch
        {
            0 => ("application/json", Fields(("title", () => Junk.Str("A call")), ("lang", () => Junk.Str("en")),
                ("utterances", () => Utterances()))),
            1 => ("text/vtt", Vtt()),
            _ => ("text/plain", junk.Chance(0.5) ? "Daniel Brooks: How do you reconcile today?\nAlice: By hand.\n" : junk.OddString()),
        };
        var body = junk.Chance(0.4) ? junk.Mangle(text) : Encoding.UTF8.GetBytes(text);
        if (kind == 1 && junk.Chance(0.2))
        {
            body = junk.InvalidUtf8(text);
        }

        return new HttpCase("POST /api/calls/import", credential, "POST", "/api/calls/import" + query, body, ContentType(type));
    }

    private string Utterances()
    {
        if (junk.Chance(0.2))
        {
            return junk.AnyJson();
        }

        var count = junk.Chance(0.05) ? junk.Random.Next(5001, 6000) : junk.Random.Next(0, 6);
        var lines = Enumerable.Range(0, count).Select(i => count > 100
            ? $"{{\"speaker\":\"rep\",\"text\":\"line {i}\"}}"
            : Fields(("speaker", () => Junk.Str(junk.Pick(["customer", "rep"]))), ("name", () => Junk.Str("Alice")),
                ("text", () => Junk.Str(junk.Sentence())), ("startMs", () => junk.Pick(["0", "1000", "-1", "9223372036854775807"]))));
        return "[" + string.Join(",", lines) + "]";
    }

    /// <summary>WebVTT gone wrong: no header, bad timestamps, unclosed voice tags, huge cues, cue settings, NOTE blocks.</summary>
    private string Vtt()
    {
        var builder = new StringBuilder();
        if (!junk.Chance(0.15))
        {
            builder.Append(junk.Pick(["WEBVTT\n\n", "WEBVTT - title\r\n\r\n", "\uFEFFWEBVTT\n\n", "WEBVTTX\n\n", "webvtt\n\n"]));
        }

        var cues = junk.Chance(0.03) ? 6000 : junk.Random.Next(0, 8);
        for (var i = 0; i < cues; i++)
        {
            if (junk.Chance(0.3))
            {
                builder.Append(junk.Pick(["1\n", "NOTE hello\n\n", "STYLE\n::cue{}\n\n", "a-b-c\n"]));
            }

            builder.Append(junk.Random.Next(8) switch
            {
                0 => "00:00:99.000 --> 00:00:01.000",
                1 => "99999999:00:00.000 --> 99999999:00:01.000",
                2 => "00:00.000 -> 00:01.000",
                3 => "-00:00:01.000 --> 00:00:02.000",
                4 => "00:00:01.000 --> ",
                _ => $"00:00:{i % 60:00}.000 --> 00:00:{i % 60:00}.500 align:start position:10%",
            });
            builder.Append('\n');
            builder.Append(junk.Random.Next(7) switch
            {
                0 => "<v Daniel Brooks>How do you handle invoices today?</v>",
                1 => "<v Alice>By hand, every month",
                2 => "<v>empty voice</v>",
                3 => "<v " + new string('x', cues > 100 ? 201 : junk.Random.Next(100, 5000)) + ">name too long</v>",
                4 => "Alice: " + junk.OddString(),
                5 => "<c.yellow><b><i><u>" + junk.Sentence(),
                _ => "Daniel Brooks: " + junk.Sentence(),
            });
            builder.Append(junk.Pick(["\n\n", "\r\n\r\n", "\n", "\r"]));
        }

        return builder.ToString();
    }

    private HttpCase Search()
    {
        var query = Query(("q", junk.Sentence), ("lang", () => junk.Pick(["zh", "en", "fr", "ZH"])),
            ("top", () => junk.Pick(["1", "3", "50", "51", "0", "-1", "x", "99999999999"])),
            ("situation", () => junk.Pick(["objection.price", "unknown.situation", "need.latent"])));
        return new HttpCase("GET /api/playbook/search", Natural(Credential.None), "GET", "/api/playbook/search" + query, null, null);
    }

    private HttpCase ListPlaybook() => new("GET /api/playbook", Natural(Credential.None), "GET",
        "/api/playbook" + Query(("lang", () => "zh"), ("situation", () => "objection.price")), null, null);

    private HttpCase GetSnippet() => new("GET /api/playbook/{id}", Natural(Credential.None), "GET", $"/api/playbook/{SnippetId()}", null, null);

    private HttpCase AddSnippet() => junk.Chance(0.35)
        ? new HttpCase("POST /api/playbook", Natural(Credential.Admin), "POST", "/api/playbook", Markdown(), ContentType("text/markdown"))
        : JsonPost("POST /api/playbook", "/api/playbook", Natural(Credential.Admin), Snippet(null));

    private HttpCase UpdateSnippet()
    {
        var id = junk.Chance(0.5) ? "fuzz-" + junk.Random.Next(50) : SnippetId();
        return junk.Chance(0.3)
            ? new HttpCase("PUT /api/playbook/{id}", Natural(Credential.Admin), "PUT", $"/api/playbook/{id}", Markdown(), ContentType("text/markdown"))
            : JsonPost("PUT /api/playbook/{id}", $"/api/playbook/{id}", Natural(Credential.Admin), Snippet(Uri.UnescapeDataString(id)), "PUT");
    }

    // Deletes only what the fuzzing itself may have added, and ids that do not exist, so the shipped playbook stays searchable.
    private HttpCase DeleteSnippet() => new("DELETE /api/playbook/{id}", Natural(Credential.Admin), "DELETE",
        $"/api/playbook/{(junk.Chance(0.5) ? "fuzz-" + junk.Random.Next(50) : OddId())}", null, null);

    private string Snippet(string? id) => Fields(("id", () => Junk.Str(id ?? "fuzz-" + junk.Random.Next(50))), ("title", () => Junk.Str("Price")),
        ("lang", () => Junk.Str(junk.Pick(["zh", "en", "xx"]))), ("situations", () => junk.Pick(["[\"objection.price\"]", "[]", "[1,2]", "[null]"])),
        ("keywords", () => "[\"price\"]"), ("stage", () => Junk.Str("closing")), ("role", () => Junk.Str("rep")),
        ("text", () => Junk.Str(junk.Sentence())));

    /// <summary>Markdown with YAML front matter, often broken: unclosed, deep flow collections, aliases, tabs, huge.</summary>
    private byte[] Markdown()
    {
        var front = junk.Random.Next(9) switch
        {
            0 => "id: fuzz-1\ntitle: x\nlang: en\nsituations: " + new string('[', 10_000) + new string(']', 10_000),
            1 => "id: fuzz-2\ntitle: x\nlang: en\nsituations: " + string.Concat(Enumerable.Repeat("{a: ", 5_000)) + "1" + new string('}', 5_000),
            2 => "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nid: *d",
            3 => "id: [1, 2]\ntitle: {a: b}\nlang: en\nsituations: objection.price",
            4 => "id: fuzz-3\n\ttitle: tab\nlang: en",
            5 => "id: !!binary aGVsbG8=\ntitle: !custom x\nlang: en",
            6 => "id: fuzz-4\ntitle: \"unterminated\nlang: en",
            7 => "id: fuzz-5\ntitle: Price\nlang: en\nsituations: [objection.price]\nkeywords: [price]",
            _ => junk.OddString(),
        };
        var text = junk.Random.Next(5) switch
        {
            0 => front,
            1 => "---\n" + front,
            _ => "---\n" + front + "\n---\n" + junk.Sentence(),
        };
        return junk.Chance(0.2) ? junk.Mangle(text) : Encoding.UTF8.GetBytes(text);
    }

    private HttpCase Users()
    {
        var user = Fields(("userName", () => Junk.Str(junk.Pick(["fuzz.user", "admin", "Ünïcode", "a"]))), ("password", () => Junk.Str("long-enough-password")),
            ("role", () => Junk.Str(junk.Pick(["rep", "coach", "admin", "ingest", "root"]))), ("team", () => Junk.Str("east")),
            ("displayName", () => Junk.Str("Fuzz")));
        var name = junk.Chance(0.5) ? junk.Pick(world.UserNames) : OddId();
        return junk.Random.Next(4) switch
        {
            0 => new HttpCase("GET /api/users", Natural(Credential.Admin), "GET", "/api/users", null, null),
            1 => JsonPost("POST /api/users", "/api/users", Natural(Credential.Admin), user),
            2 => JsonPost("PUT /api/users/{name}", $"/api/users/{name}", Natural(Credential.Admin), user, "PUT"),
            _ => new HttpCase("DELETE /api/users/{name}", Natural(Credential.Admin), "DELETE", $"/api/users/{OddId()}", null, null),
        };
    }

    private HttpCase Login() => junk.Chance(0.15)
        ? new HttpCase("POST /api/auth/logout", Natural(Credential.None), "POST", "/api/auth/logout", null, null)
        : JsonPost("POST /api/auth/login", "/api/auth/login", Credential.None,
            Fields(("userName", () => Junk.Str(junk.Pick(["admin", "rep.east", "nobody"]))),
                ("password", () => Junk.Str(junk.Pick(["coach-demo-2026", "wrong", new string('p', 100_000)])))));

    private HttpCase Me() => new("GET /api/auth/me", Natural(Credential.Rep), "GET", "/api/auth/me", null, null);

    private HttpCase Corrections() => new("GET /api/corrections", Natural(Credential.Coach), "GET", "/api/corrections" + Query(("since", Date)), null, null);

    private HttpCase Feedback() => new("GET /api/suggestions/feedback", Natural(Credential.Coach), "GET",
        "/api/suggestions/feedback" + Query(("from", Date), ("to", Date)), null, null);

    private HttpCase Models() => new("GET /api/models", Natural(Credential.None), junk.Pick(["GET", "GET", "POST", "HEAD"]), "/api/models", null, null);

    private HttpCase Negotiate() => junk.Random.Next(4) switch
    {
        0 => new HttpCase("hub negotiate", Natural(Credential.Rep), "POST",
            "/hubs/coach/negotiate" + Query(("negotiateVersion", () => junk.Pick(["1", "0", "99", "-1"]))), junk.Chance(0.5) ? junk.Mangle("{}") : null,
            ContentType("text/plain")),
        1 => new HttpCase("hub long polling", Natural(Credential.Rep), junk.Pick(["GET", "POST", "DELETE"]),
            "/hubs/coach" + Query(("id", OddId)), junk.Mangle("{\"protocol\":\"json\",\"version\":1}\u001e"), ContentType("text/plain")),
        2 => new HttpCase("hub negotiate", Natural(Credential.Rep), junk.Pick(["GET", "PUT", "DELETE"]), "/hubs/coach/negotiate", null, null),
        _ => new HttpCase("hub long polling", Natural(Credential.Rep), "GET", "/hubs/coach", null, null),
    };

    private HttpCase WrongMethod()
    {
        string[] paths = ["/api/analyze", "/api/calls", "/api/calls/import", "/api/playbook/search", "/api/users", "/api/auth/login", "/health",
            "/api/corrections", $"/api/calls/{CallId()}", "/api/nothing-here", "/" + OddId(), "/api/calls/x/utterances/abc/evidence",
            "/api/calls/x/utterances/99999999999/comments"];
        var body = junk.Chance(0.5) ? junk.Mangle("{\"a\":1}") : null;
        return new HttpCase("wrong method or path", Natural(Credential.Admin), junk.Pick(Methods), junk.Pick(paths) + Query(("x", () => "1")), body,
            body is null ? null : ContentType("application/json"));
    }

    private HttpCase JsonPost(string target, string path, Credential credential, string json, string method = "POST") =>
        new(target, credential, method, path, junk.Chance(0.45) ? junk.Mangle(json) : Encoding.UTF8.GetBytes(json), ContentType("application/json"));

    private string Fields(params (string Name, Func<string> Valid)[] fields) =>
        junk.Chance(0.1) ? junk.AnyJson() : junk.Object(fields);

    /// <summary>The credential an endpoint wants, or now and then any other.</summary>
    private Credential Natural(Credential wanted) => junk.Chance(0.6) ? wanted : (Credential)junk.Random.Next(6);

    private string? ContentType(string right) => junk.Random.Next(10) switch
    {
        < 7 => right,
        7 => null,
        8 => junk.Pick(JsonTypes),
        _ => junk.Pick(OtherTypes),
    };

    private string CallId() => junk.Random.Next(10) switch
    {
        < 5 => junk.Pick(world.CallIds),
        5 => "no-such-call-" + junk.Random.Next(1000),
        _ => OddId(),
    };

    private string SnippetId() => junk.Chance(0.5) && world.SnippetIds.Count > 0 ? junk.Pick(world.SnippetIds) : OddId();

    /// <summary>An id as it appears in a path: traversal, encoded slashes and NULs, control characters, huge, unicode.</summary>
    private string OddId() => junk.Random.Next(8) switch
    {
        0 => "..%2F..%2Fetc%2Fpasswd",
        1 => "%2E%2E%5C%2E%2E%5Cwin.ini",
        2 => "%00",
        3 => Uri.EscapeDataString(new string('x', junk.Pick([65, 300, 7_000, 20_000]))),
        4 => Uri.EscapeDataString(junk.OddString() is { Length: > 0 and < 2000 } s ? s : "x"),
        5 => "%FF%FE",
        6 => "%C0%AF",
        _ => Uri.EscapeDataString("客户-" + junk.Random.Next(100)),
    };

    private string Seq() => junk.Pick(["1", "2", $"{FuzzWorld.LinesPerCall}", "0", "-1", "2147483647", "2147483648", "abc", "1.5", "%20"]);

    private string Date() => junk.Pick(["2026-01-01", "2026-01-01T00:00:00Z", "0001-01-01", "9999-12-31T23:59:59+14:00", "yesterday", "2026-13-45",
        "-1", "1e10", "%00", "2026-01-01T00:00:00+99:00", "99999-01-01"]);

    /// <summary>A query string: values valid or odd, names repeated, percent-encoding broken.</summary>
    private string Query(params (string Name, Func<string> Valid)[] parameters)
    {
        var parts = new List<string>();
        foreach (var (name, valid) in parameters)
        {
            switch (junk.Random.Next(10))
            {
                case < 4:
                    break;
                case < 7:
                    parts.Add($"{name}={Uri.EscapeDataString(valid())}");
                    break;
                case 7:
                    parts.Add($"{name}={Uri.EscapeDataString(valid())}&{name}={Uri.EscapeDataString(valid())}");
                    break;
                case 8:
                    parts.Add($"{name}={junk.Pick(["%ZZ", "%", "%00", "%FF%FE", "&&", "=", "%E4%B8"])}");
                    break;
                default:
                    parts.Add($"{name}={Uri.EscapeDataString(junk.OddString() is { Length: < 4000 } s ? s : "x")}");
                    break;
            }
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
