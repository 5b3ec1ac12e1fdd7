using System.Text;
using System.Text.Json;
using Atlas.Client.CatalogTool;
using Atlas.Client.Generators.Analyzers.Spec.Supplied;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests.SuppliedSpec;

/// <summary>
/// The analyzers' own JSON reader (System.Text.Json is not theirs to load inside the compiler): every token, skipping,
/// each kind of malformed, truncated or hostile text stopped at the right place with its reason, and the same verdict as
/// System.Text.Json on thousands of broken copies of MongoDB's spec subsets.
/// </summary>
public class BoundedJsonReaderTests
{
    [Fact]
    public void Reads_every_token_and_unescapes_strings()
    {
        var reader = new BoundedJsonReader(SourceText.From("\uFEFF { \"a\\u0041\\n\": [1, -2.5e+3, 0, true, false, null, \"x\\\"y\\\\\"], \"b\": {} } "));
        var tokens = new List<string>();
        for (var token = reader.Read(); token != JsonToken.EndOfDocument; token = reader.Read())
        {
            tokens.Add(token is JsonToken.PropertyName or JsonToken.String ? token + ":" + reader.GetString() : token.ToString());
        }

        Assert.Equal(
            new[]
            {
                "StartObject", "PropertyName:aA\n", "StartArray", "Number", "Number", "Number", "True", "False", "Null", "String:x\"y\\", "EndArray",
                "PropertyName:b", "StartObject", "EndObject", "EndObject",
            },
            tokens);
    }

    [Fact]
    public void Skip_passes_over_a_whole_value_and_leaves_the_reader_after_it()
    {
        var reader = new BoundedJsonReader(SourceText.From("""{"skip": {"a": [1, {"b": "c"}], "d": {}}, "keep": "yes"}"""));
        Assert.Equal(JsonToken.StartObject, reader.Read());
        Assert.Equal(JsonToken.PropertyName, reader.Read());
        reader.Skip();
        Assert.Equal(JsonToken.PropertyName, reader.Read());
        Assert.True(reader.ValueIs("keep"));
        Assert.Equal(JsonToken.String, reader.Read());
        Assert.Equal("yes", reader.GetString());
        Assert.Equal(JsonToken.EndObject, reader.Read());
        Assert.Equal(JsonToken.EndOfDocument, reader.Read());
    }

    public static TheoryData<string, int, string> Malformed => new()
    {
        { "", 0, "the file is empty" },
        { "{\"a\": 1", 7, "the file ends inside an object" },
        { "{\"a\": [1, 2", 11, "the file ends inside an array" },
        { "{\"a\": \"text", 6, "the file ends inside a string" },
        { "{\"a\"", 4, "the file ends after a property name" },
        { "{\"a\": ", 6, "the file ends where a value should be" },
        { "{\"a\": 1,}", 8, "a trailing comma" },
        { "[1, 2,]", 6, "a trailing comma" },
        { "{\"a\" 1}", 5, "expected ':'" },
        { "{\"a\": 1 \"b\": 2}", 8, "expected ',' or '}'" },
        { "[1 2]", 3, "expected ',' or ']'" },
        { "{a: 1}", 1, "expected a property name in double quotes" },
        { "{\"a\": 01}", 7, "unexpected character '1' after a value" },
        { "{\"a\": tru}", 6, "expected the literal true" },
        { "{\"a\": truex}", 10, "unexpected character 'x' after a value" },
        { "{\"a\": -}", 6, "a number needs a digit after '-'" },
        { "{\"a\": 1.}", 6, "a number needs digits after '.'" },
        { "{\"a\": 1e}", 6, "a number needs digits in its exponent" },
        { "{\"a\": \"\\x\"}", 7, "unknown escape \\x" },
        { "{\"a\": \"\\u12G4\"}", 7, "a \\u escape needs four hexadecimal digits" },
        { "{\"a\": \"tab\there\"}", 10, "a control character inside a string must be escaped" },
        { "{\"a\": 1} {}", 9, "unexpected text after the end of the JSON document" },
        { "// comment\n{}", 0, "unexpected character '/'" },
        { "{\"a\": 'x'}", 6, "unexpected character '''" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_text_stops_at_its_position_with_its_reason(string json, int offset, string reason)
    {
        var error = Assert.Throws<SpecFormatException>(() => ReadAll(json));
        Assert.Equal(offset, error.Offset);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_is_bounded()
    {
        var limit = BoundedJsonReader.MaxDepth;
        ReadAll(new string('[', limit) + new string(']', limit));

        var deep = new string('[', 100_000) + new string(']', 100_000);
        var error = Assert.Throws<SpecFormatException>(() => ReadAll(deep));
        Assert.Equal(limit, error.Offset);
        Assert.Contains($"nested deeper than {limit} levels", error.Message, StringComparison.Ordinal);

        // Skipping a value validates it with the same bound.
        var reader = new BoundedJsonReader(SourceText.From("{\"x\": " + new string('{', 10) + new string('[', 100) + "}"));
        reader.Read();
        reader.Read();
        Assert.Throws<SpecFormatException>(reader.Skip);
    }

    [Fact]
    public void Strings_and_numbers_are_bounded_and_long_strings_cost_no_copy()
    {
        var longest = "\"" + new string('a', BoundedJsonReader.MaxStringLength) + "\"";
        ReadAll(longest);

        var huge = Assert.Throws<SpecFormatException>(() => ReadAll("[1, \"" + new string('a', BoundedJsonReader.MaxStringLength + 1) + "\"]"));
        Assert.Equal(4, huge.Offset);
        Assert.Contains("a string longer than", huge.Message, StringComparison.Ordinal);

        var number = Assert.Throws<SpecFormatException>(() => ReadAll("[" + new string('9', 65) + "]"));
        Assert.Contains("a number longer than 64 characters", number.Message, StringComparison.Ordinal);

        // A string longer than what is kept can be skipped and compared (it is not equal to anything short)…
        var reader = new BoundedJsonReader(SourceText.From("[\"" + new string('b', 10_000) + "\"]"));
        reader.Read();
        Assert.Equal(JsonToken.String, reader.Read());
        Assert.False(reader.ValueIs("b"));
        Assert.True(reader.ValueStartsWith("bbb"));

        // …but not handed out: the caller needs no such value, so asking for it is an error with the position.
        var error = Assert.Throws<SpecFormatException>(reader.GetString);
        Assert.Equal(1, error.Offset);
    }

    /// <summary>
    /// Thousands of truncated and mutated copies of the OpenAPI subsets: the reader must accept exactly what
    /// System.Text.Json accepts (same depth bound, no comments, no trailing commas), and never throw anything but its
    /// own exception.
    /// </summary>
    [Fact]
    public void Agrees_with_System_Text_Json_on_broken_copies_of_the_spec_subsets()
    {
        var subsets = CatalogPaths.OpenApiSubsets(CatalogPaths.CatalogJson(TestSetup.RepositoryRoot)).Select(File.ReadAllText).ToList();
        var random = new Random(15);
        var alphabet = "{}[]\",:0-9eE.+ \\ntrufalsn\t/";
        var checkedCount = 0;
        var rejected = 0;
        foreach (var subset in subsets)
        {
            for (var i = 0; i < 400; i++)
            {
                string text;
                switch (i % 4)
                {
                    case 0:
                        text = subset[..random.Next(subset.Length)];
                        break;
                    case 1:
                        var at = random.Next(subset.Length);
                        text = subset[..at] + alphabet[random.Next(alphabet.Length)] + subset[(at + 1)..];
                        break;
                    case 2:
                        var cut = random.Next(subset.Length);
                        text = subset.Remove(cut, Math.Min(random.Next(1, 4), subset.Length - cut));
                        break;
                    default:
                        var insert = random.Next(subset.Length);
                        text = subset.Insert(insert, alphabet[random.Next(alphabet.Length)].ToString());
                        break;
                }

                var expected = IsJson(text);
                var actual = true;
                try
                {
                    ReadAll(text);
                }
                catch (SpecFormatException)
                {
                    actual = false;
                }

                Assert.True(expected == actual, $"System.Text.Json says {(expected ? "valid" : "invalid")}, the reader {(actual ? "valid" : "invalid")}:\n{Around(text, subset)}");
                checkedCount++;
                rejected += actual ? 0 : 1;
            }
        }

        Assert.Equal(subsets.Count * 400, checkedCount);
        // Both verdicts are well represented (about half of the copies are broken), so a reader that accepts or rejects too much is caught.
        Assert.True(rejected > checkedCount / 3 && rejected < checkedCount * 2 / 3, $"{rejected} of {checkedCount} copies were broken");
    }

    private static void ReadAll(string json)
    {
        var reader = new BoundedJsonReader(SourceText.From(json));
        while (reader.Read() != JsonToken.EndOfDocument)
        {
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(text), new JsonDocumentOptions { MaxDepth = BoundedJsonReader.MaxDepth });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The first place where the broken copy differs from the original, with some context.</summary>
    private static string Around(string text, string original)
    {
        var at = 0;
        while (at < text.Length && at < original.Length && text[at] == original[at])
        {
            at++;
        }

        var start = Math.Max(0, at - 60);
        return "…" + text.Substring(start, Math.Min(120, text.Length - start)) + "…";
    }
}
