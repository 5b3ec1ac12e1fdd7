namespace Atlas.Client.CodeFixes;
internal static class Placeholder { }
