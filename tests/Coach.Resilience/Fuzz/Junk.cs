using System.Text;
using System.Text.Json;

namespace Coach.Resilience.Fuzz;

/// <summary>Seeded malformed values: JSON of the wrong type, huge and odd strings, deep nesting, invalid UTF-8.</summary>
public sealed class Junk(Random random)
{
    private static readonly string[] Sentences =
    [
        "每到月底财务都要加两三天班对账", "太贵了，我们今年没有这个预算", "We already use Salesforce for this.",
        "Could you tell me how you handle invoices today?", "下周我要跟老板汇报一下", "Send me the contract and we can start Monday.",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "\t\n\r", "\u0000", "\u0001\u0002\u0007\u001b[31m", "\uFEFF", "\u202Etxt.exe", "../../etc/passwd", "..\\..\\windows\\win.ini",
        "%00", "%2e%2e%2f", "<script>alert(1)</script>", "'; DROP TABLE calls; --", "${jndi:ldap://x}", "{{7*7}}", "null", "undefined",
        "NaN", "-0", "1e400", "😀😀😀", "\u4e00\u0301\u0301\u0301", "customer ", "CUSTOMER", "rep\u0000", "zh-CN", "auto\n",
    ];

    public Random Random => random;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double p) => random.NextDouble() < p;

    public string Sentence() => Pick(Sentences);

    /// <summary>A string that is odd: control characters, traversal, huge, lone surrogates escaped, and so on.</summary>
    public string OddString() => random.Next(6) switch
    {
        0 => Huge(),
        1 => new string((char)random.Next(0, 32), random.Next(1, 50)),
        2 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0x20, 0xFFFF)).Where(c => !char.IsSurrogate(c))),
        _ => Pick(OddStrings),
    };

    /// <summary>From a few KB to a few MB, mostly small so a run stays quick.</summary>
    public string Huge()
    {
        var length = random.Next(10) switch
        {
            0 => random.Next(1_000_000, 3_000_000),
            < 4 => random.Next(64 * 1024, 200_000),
            _ => random.Next(2_001, 20_000),
        };
        return new string(Pick(['a', '客', ' ', '\n', '\u0000']), length);
    }

    /// <summary>A JSON string literal of <paramref name="value"/>, escaped properly.</summary>
    public static string Str(string value) => JsonSerializer.Serialize(value);

    /// <summary>Any JSON value, mostly of a type no field expects.</summary>
    public string AnyJson(int depth = 0) => random.Next(16) switch
    {
        0 => "null",
        1 => "true",
        2 => Pick(["0", "-1", "2147483648", "-9223372036854775809", "1e308", "-1e-400", "3.5", "99999999999999999999999999"]),
        3 => Str(OddString()),
        4 => "[]",
        5 => "{}",
        6 => depth > 2 ? "[]" : $"[{AnyJson(depth + 1)},{AnyJson(depth + 1)}]",
        7 => depth > 2 ? "{}" : $"{{\"a\":{AnyJson(depth + 1)}}}",
        8 => Deep(random.Next(17, 200)),
        9 => "\"\\ud800\"",
        10 => "\"\\udfff\\ud800x\"",
        11 => Str(Sentence()),
        12 => Str(Huge()),
        13 => "\"\\u0000\"",
        14 => "1.0e+",
        _ => Str(Pick(OddStrings)),
    };

    /// <summary>Nested arrays or objects <paramref name="levels"/> deep.</summary>
    public string Deep(int levels)
    {
        var objects = Chance(0.5);
        var builder = new StringBuilder(levels * 6);
        for (var i = 0; i < levels; i++)
        {
            builder.Append(objects ? "{\"a\":" : "[");
        }

        builder.Append('1');
        for (var i = 0; i < levels; i++)
        {
            builder.Append(objects ? '}' : ']');
        }

        return builder.ToString();
    }

    /// <summary>
    /// A JSON object with the given fields: each one valid, wrong-typed, null or left out, sometimes extra fields,
    /// sometimes duplicated ones.
    /// </summary>
    public string Object(IReadOnlyList<(string Name, Func<string> Valid)> fields)
    {
        var parts = new List<string>();
        foreach (var (name, valid) in fields)
        {
            switch (random.Next(10))
            {
                case < 5:
                    parts.Add($"{Str(name)}:{valid()}");
                    break;
                case 5:
                    break;
                case 6:
                    parts.Add($"{Str(name)}:null");
                    break;
                case 7:
                    parts.Add($"{Str(name.ToUpperInvariant())}:{valid()}");
                    break;
                default:
                    parts.Add($"{Str(name)}:{AnyJson()}");
                    break;
            }
        }

        if (Chance(0.2))
        {
            parts.Add($"{Str(OddString())}:{AnyJson()}");
        }

        if (Chance(0.1) && parts.Count > 0)
        {
            parts.Add(parts[0]);
        }

        return "{" + string.Join(",", parts.OrderBy(_ => random.Next())) + "}";
    }

    /// <summary>Bytes that are not UTF-8: lone continuation bytes, overlong forms, surrogates encoded, truncated sequences.</summary>
    public byte[] InvalidUtf8(string around)
    {
        byte[][] bad = [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xFF], [0xFE], [0x80], [0xF4, 0x90, 0x80, 0x80], [0xE6, 0xAF]];
        var bytes = Encoding.UTF8.GetBytes(around).ToList();
        var at = random.Next(bytes.Count + 1);
        bytes.InsertRange(at, Pick(bad));
        return [.. bytes];
    }

    /// <summary>One of the ways a body goes wrong: truncated, not JSON, the wrong JSON, a BOM, invalid UTF-8, deep, huge.</summary>
    public byte[] Mangle(string json) => random.Next(12) switch
    {
        0 => Encoding.UTF8.GetBytes(json[..random.Next(json.Length + 1)]),
        1 => InvalidUtf8(json),
        2 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)],
        3 => Encoding.UTF8.GetBytes(Deep(Pick([20, 1000, 10_000]))),
        4 => Encoding.UTF8.GetBytes(AnyJson()),
        5 => Encoding.Unicode.GetBytes(json),
        6 => [],
        7 => Encoding.UTF8.GetBytes(json + json),
        8 => Encoding.UTF8.GetBytes("{" + Str("text") + ":" + Str(Huge()) + "}"),
        9 => Encoding.UTF8.GetBytes(json.Replace("\"", "'")),
        10 => Encoding.UTF8.GetBytes($"[{json}]"),
        _ => Encoding.UTF8.GetBytes(json + ",}"),
    };
}
