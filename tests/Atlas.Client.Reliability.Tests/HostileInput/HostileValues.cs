namespace Atlas.Client.Reliability.Tests.HostileInput;

/// <summary>Values a caller might pass through to a route or query: separators, traversal, escapes, control characters, unicode, sizes.</summary>
internal static class HostileValues
{
    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        ("slash", "/"), ("inner slash", "a/b"), ("backslash", "a\\b"), ("dot", "."), ("dot dot", ".."), ("traversal", "../../admin"),
        ("three dots", "..."), ("question mark", "?"), ("query inside", "a?b=c&d=e"), ("hash", "#"), ("fragment inside", "a#b"),
        ("escaped slash", "%2F"), ("escaped dot dot", "%2e%2e"), ("lone percent", "%"), ("double percent", "%%41"), ("CR LF", "\r\n"),
        ("header injection", "x\r\nX-Injected: 1"), ("LF only", "\nX-Injected: 1"), ("NUL", "a\0b"), ("unicode", "café"), ("emoji", "🙂"),
        ("CJK", "日本語"), ("right-to-left override", "\u202Eabc"), ("zero-width space", "a\u200Bb"), ("space", " "), ("padded", "  a  "),
        ("tab", "\t"), ("plus", "a+b"), ("ampersand and equals", "a&b=c"), ("semicolon", "a;b"), ("at and colon", "user:pw@host"),
        ("angle brackets", "<script>"), ("quote", "\"'"), ("empty", ""), ("unpaired surrogate", "bad\uD800"),
        ("10 KB ASCII", new string('a', 10 * 1024)), ("10 KB unicode", string.Concat(Enumerable.Repeat("é🙂/", 10 * 1024 / 4))),
    ];
}
