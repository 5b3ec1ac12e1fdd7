using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Atlas.Client.Reliability.Tests.Fuzzing.FuzzVocabulary;

namespace Atlas.Client.Reliability.Tests.Fuzzing;

/// <summary>
/// Mutates a valid source with one seeded <see cref="Random"/>: token deletion, insertion, duplication and swaps, new
/// attribute arguments, route templates and versions, other return and parameter types, modifiers, nesting, hostile
/// usings, unicode, added members, character noise and truncation. Every mutation works on text (re-lexed when it needs
/// tokens), so any input is possible, including ones no parser would produce from a tree.
/// </summary>
internal sealed partial class SourceMutator
{
    private readonly Random _random;
    private readonly List<string> _applied = [];

    public SourceMutator(Random random) => _random = random;

    /// <summary>The mutations applied so far, for the replay message.</summary>
    public IReadOnlyList<string> Applied => _applied;

    public string Mutate(string source)
    {
        var (name, mutate) = Mutations[_random.Next(Mutations.Length)];
        _applied.Add(name);
        return mutate(this, source);
    }

    private static readonly (string Name, Func<SourceMutator, string, string> Mutate)[] Mutations =
    [
        ("delete token", (m, s) => m.DeleteToken(s)),
        ("delete token", (m, s) => m.DeleteToken(s)),
        ("insert token", (m, s) => m.InsertToken(s)),
        ("insert token", (m, s) => m.InsertToken(s)),
        ("duplicate tokens", (m, s) => m.DuplicateTokens(s)),
        ("swap tokens", (m, s) => m.SwapTokens(s)),
        ("replace string literal", (m, s) => m.ReplaceStringLiteral(s)),
        ("replace string literal", (m, s) => m.ReplaceStringLiteral(s)),
        ("attribute arguments", (m, s) => m.ReplaceAttributeArguments(s)),
        ("attribute arguments", (m, s) => m.ReplaceAttributeArguments(s)),
        ("return type", (m, s) => m.ReplaceReturnType(s)),
        ("parameter type", (m, s) => m.ReplaceParameterType(s)),
        ("interface modifiers", (m, s) => m.ReplaceInterfaceModifiers(s)),
        ("nest in a type", (m, s) => m.Nest(s)),
        ("remove a using", (m, s) => m.RemoveUsing(s)),
        ("hostile using", (m, s) => m.AddHostileUsing(s)),
        ("unicode identifier", (m, s) => m.ReplaceIdentifier(s)),
        ("unicode noise", (m, s) => m.InsertUnicode(s)),
        ("add member", (m, s) => m.AddMember(s)),
        ("add member", (m, s) => m.AddMember(s)),
        ("generic interface", (m, s) => m.MakeGeneric(s)),
        ("character noise", (m, s) => m.CharacterNoise(s)),
        ("truncate", (m, s) => m.Truncate(s)),
    ];

    private string DeleteToken(string source)
    {
        var tokens = Lex(source);
        var token = tokens[_random.Next(tokens.Count)];
        return source.Remove(token.Start, token.Length);
    }

    private string InsertToken(string source)
    {
        var tokens = Lex(source);
        var at = tokens[_random.Next(tokens.Count)].Start;
        return source.Insert(at, " " + Pick(_random, Tokens) + " ");
    }

    private string DuplicateTokens(string source)
    {
        var tokens = Lex(source);
        var first = _random.Next(tokens.Count);
        var last = Math.Min(tokens.Count - 1, first + _random.Next(12));
        var start = tokens[first].Start;
        var end = tokens[last].End;
        return source.Insert(end, " " + source[start..end]);
    }

    private string SwapTokens(string source)
    {
        var tokens = Lex(source);
        if (tokens.Count < 2)
        {
            return source;
        }

        var i = _random.Next(tokens.Count - 1);
        var (a, b) = (tokens[i], tokens[i + 1]);
        return source[..a.Start] + source[b.Start..b.End] + source[a.End..b.Start] + source[a.Start..a.End] + source[b.End..];
    }

    private string ReplaceStringLiteral(string source)
    {
        var literals = StringLiteral().Matches(source);
        if (literals.Count == 0)
        {
            return InsertToken(source);
        }

        var literal = literals[_random.Next(literals.Count)];
        var text = _random.Next(3) == 0 ? Version(_random) : Template(_random);
        return source[..literal.Index] + Quote(text) + source[(literal.Index + literal.Length)..];
    }

    private string ReplaceAttributeArguments(string source)
    {
        var attributes = AttributeUse().Matches(source);
        if (attributes.Count == 0)
        {
            return InsertToken(source);
        }

        var attribute = attributes[_random.Next(attributes.Count)];
        var name = attribute.Groups["name"].Value;
        var arguments = name switch
        {
            "AtlasClient" => Pick(_random,
            [
                "", "()", "(JsonContext = typeof(int))", "(JsonContext = typeof(List<>))", "(JsonContext = typeof(Missing))",
                "(JsonContext = null)", "(\"x\")", "(JsonContext = typeof(AtlasJsonContext))", "(JsonContext = typeof(Atlas.Client.AtlasJsonContext), JsonContext = null)",
                "(JsonContext = typeof(JsonSerializerContext))", "(JsonContext = typeof(IFlexSnapshots))", ", AtlasClient",
            ]),
            "Query" => Pick(_random, ["", "()", "(null)", "(\"\")", "(\"a b\")", "(\"\\0\")", "(\"envelope\")", "(1)", "(\"x\", \"y\")", "(Name = \"x\")", "(nameof(Query))"]),
            "Body" => Pick(_random, ["", "()", "(\"x\")"]),
            _ => Pick(_random,
            [
                "", "()", "(null)", "(null, Version = null)", "(" + Quote(Template(_random)) + ")",
                "(" + Quote(Template(_random)) + ", Version = " + Quote(Version(_random)) + ")",
                "(" + Quote(Template(_random)) + ", Version = 2024)", "(Version = \"2024-11-13\")",
                "(\"/a\", \"b\")", "(\"/a\", Version = \"2024-11-13\", Version = \"2024-11-13\")", "(nameof(Get), Version = nameof(Version))",
                "(\"/a/{id}\" + \"/b\", Version = \"2024-\" + \"11-13\")", "($\"/a/{1}\", Version = \"2024-11-13\")",
                "(\"\"\"\n/a/{id}\n\"\"\", Version = \"2024-11-13\")", "(@\"/a/{id}\", Version = @\"2024-11-13\")",
                "(\"/a/{id}\", Version = \"2024-11-13\", Unknown = 1)", "(typeof(int), Version = \"2024-11-13\")",
            ]),
        };
        return source[..attribute.Index] + "[" + name + arguments + "]" + source[(attribute.Index + attribute.Length)..];
    }

    private string ReplaceReturnType(string source) => ReplaceGroup(source, ReturnTypeUse(), "type", () => ReturnType(_random));

    private string ReplaceParameterType(string source) => ReplaceGroup(source, ParameterUse(), "type", () => ParameterType(_random));

    private string ReplaceInterfaceModifiers(string source) => ReplaceGroup(source, InterfaceDeclaration(), "modifiers", () => InterfaceModifiers(_random) + " ");

    /// <summary>Replaces one named group of a random match; inserts a token instead when nothing matches.</summary>
    private string ReplaceGroup(string source, Regex pattern, string groupName, Func<string> replacement)
    {
        var matches = pattern.Matches(source);
        if (matches.Count == 0)
        {
            return InsertToken(source);
        }

        var group = matches[_random.Next(matches.Count)].Groups[groupName];
        return source[..group.Index] + replacement() + source[(group.Index + group.Length)..];
    }

    private string Nest(string source)
    {
        // Everything from the first [AtlasClient] (or interface) to the end goes inside the wrapper.
        var start = source.IndexOf("[AtlasClient", StringComparison.Ordinal);
        start = start >= 0 ? start : source.IndexOf("interface", StringComparison.Ordinal);
        if (start < 0)
        {
            return InsertToken(source);
        }

        var (open, close) = Wrapper(_random);
        return source[..start] + open + source[start..] + close;
    }

    private string RemoveUsing(string source)
    {
        var usings = UsingLine().Matches(source);
        if (usings.Count == 0)
        {
            return DeleteToken(source);
        }

        var line = usings[_random.Next(usings.Count)];
        return source.Remove(line.Index, line.Length);
    }

    private string AddHostileUsing(string source)
    {
        var usings = UsingLine().Matches(source);
        var at = usings.Count == 0 ? 0 : usings[_random.Next(usings.Count)].Index;
        return source.Insert(at, Pick(_random, HostileUsings) + "\n");
    }

    private string ReplaceIdentifier(string source)
    {
        var identifiers = Lex(source).Where(t => t.Kind == SyntaxKind.IdentifierToken).ToList();
        if (identifiers.Count == 0)
        {
            return InsertToken(source);
        }

        var token = identifiers[_random.Next(identifiers.Count)];
        var replacement = _random.Next(2) == 0 ? Pick(_random, Identifiers) : source.Substring(token.Start, token.Length) + Pick(_random, ["\u0301", "é", "𝒳", "\\u0041", "\u200D", "ǅ", "_\u0660"]);
        return source[..token.Start] + replacement + source[token.End..];
    }

    private string InsertUnicode(string source)
    {
        string[] noise = ["\u202E", "\u200B", "\uFEFF", "\uD83D\uDE42", "\uD800", "\uDC00", "\u0000", "\u2028", "\u0085", "\u00A0", "Ω", "\u0301", "\uFFFF", "\r", "\u000C"];
        var at = _random.Next(source.Length + 1);
        return source.Insert(at, Pick(_random, noise));
    }

    private string AddMember(string source)
    {
        var body = InterfaceDeclaration().Matches(source);
        if (body.Count == 0)
        {
            return InsertToken(source);
        }

        var declaration = body[_random.Next(body.Count)];
        var brace = source.IndexOf('{', declaration.Index + declaration.Length);
        if (brace < 0)
        {
            return InsertToken(source);
        }

        return source.Insert(brace + 1, "\n" + RandomMember() + "\n");
    }

    private string RandomMember()
    {
        var name = _random.Next(4) == 0 ? Pick(_random, Identifiers) : "M" + _random.Next(1000);
        switch (_random.Next(10))
        {
            case 0:
                return Pick(_random, ["int P { get; }", "string this[int i] { get; set; }", "event EventHandler E;", "static abstract Task S();",
                    "static Task T() => Task.CompletedTask;", "const int C = 1;", "interface INested { }", "class Nested { }",
                    "static int operator +(IFlexSnapshots a, int b) => b;", "abstract Task A();", "Task B() { return Task.CompletedTask; }",
                    "~IFlex() { }", "IFlexSnapshots() { }", "Task<FlexBackupSnapshot> GetFlexBackupAsync(string groupId, string name, string snapshotId, bool? envelope = null, CancellationToken cancellationToken = default);"]);
            case 1:
            {
                // Many placeholders, each with its parameter: a large but valid method.
                var count = _random.Next(20, 200);
                var template = "/" + string.Join("/", Enumerable.Range(0, count).Select(i => "s/{p" + i + "}"));
                var parameters = string.Join(", ", Enumerable.Range(0, count).Select(i => (i % 3 == 0 ? "long" : "string") + " p" + i));
                return $"[Get(\"{template}\", Version = \"2024-11-13\")] Task<FlexBackupSnapshot> {name}({parameters});";
            }

            case 2:
            {
                var count = _random.Next(1, 40);
                var parameters = string.Join(", ", Enumerable.Range(0, count).Select(i => ParameterType(_random) + " q" + i + (_random.Next(3) == 0 ? " = default" : string.Empty)));
                return $"[Get(\"/q\", Version = \"2024-11-13\")] {ReturnType(_random)} {name}({parameters});";
            }

            case 3:
                return $"[{Pick(_random, ["Get", "Post", "Put", "Patch", "Delete", "Query", "Body", "AtlasClient", "Obsolete", "Get, Delete"])}({Quote(Template(_random))}, Version = {Quote(Version(_random))})] {ReturnType(_random)} {name}{Pick(_random, ["", "<T>", "<T, U>", "<T>", "<in T>"])}({ParameterType(_random)} id){Pick(_random, [";", " where T : class;", " => default;", " { }", ""])}";
            default:
            {
                var placeholder = Pick(_random, Identifiers);
                return $"[{Pick(_random, ["Get", "Delete", "Post"])}(\"/x/{{{placeholder}}}\", Version = \"2024-11-13\")] {ReturnType(_random)} {name}({ParameterType(_random)} {placeholder}, {ParameterType(_random)} {Pick(_random, Identifiers)});";
            }
        }
    }

    private string MakeGeneric(string source)
    {
        var declarations = InterfaceDeclaration().Matches(source);
        if (declarations.Count == 0)
        {
            return InsertToken(source);
        }

        var name = declarations[_random.Next(declarations.Count)].Groups["name"];
        return source.Insert(name.Index + name.Length, Pick(_random, ["<T>", "<T, U>", "<in T>", "<out T>", "<T> where T : class", "<>", "<T"]));
    }

    private string CharacterNoise(string source)
    {
        var builder = new StringBuilder(source);
        for (var i = _random.Next(1, 6); i > 0 && builder.Length > 0; i--)
        {
            var at = _random.Next(builder.Length);
            switch (_random.Next(3))
            {
                case 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, (char)_random.Next(32, 127));
                    break;
                default:
                    builder[at] = (char)_random.Next(32, 127);
                    break;
            }
        }

        return builder.ToString();
    }

    private string Truncate(string source) => source[.._random.Next(source.Length / 2, source.Length)];

    private static List<(int Start, int Length, int End, SyntaxKind Kind)> Lex(string source)
    {
        var tokens = SyntaxFactory.ParseTokens(source)
            .Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0)
            .Select(t => (t.SpanStart, t.Span.Length, t.Span.End, t.Kind()))
            .ToList();
        return tokens.Count > 0 ? tokens : [(0, 0, 0, SyntaxKind.None)];
    }

    private static string Quote(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("\\[(?<name>AtlasClient|Get|Post|Put|Patch|Delete|Query|Body)(?:\\([^\\]\\n]*\\))?\\]")]
    private static partial Regex AttributeUse();

    [GeneratedRegex("(?<type>(?:(?:Value)?Task|IAsyncEnumerable)(?:<[^()\\n;]*?>)?)\\s+@?\\w+\\s*\\(")]
    private static partial Regex ReturnTypeUse();

    [GeneratedRegex("[(,]\\s*(?<type>[\\w?.<>\\[\\]]+)\\s+@?\\w+\\s*(?=[,)=])")]
    private static partial Regex ParameterUse();

    [GeneratedRegex("(?<modifiers>(?:(?:public|internal|private|protected|partial)\\s+)*)interface\\s+(?<name>\\w+)")]
    private static partial Regex InterfaceDeclaration();

    [GeneratedRegex("^using [^\\n]*;\\n", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
